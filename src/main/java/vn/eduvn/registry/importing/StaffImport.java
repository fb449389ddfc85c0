package vn.eduvn.registry.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.sheets.ImportMode;
import vn.eduvn.platform.sheets.ImportSheet;
import vn.eduvn.platform.sheets.ImportSheet.SheetRow;
import vn.eduvn.platform.sheets.RowProblems;
import vn.eduvn.platform.text.VietnameseText;
import vn.eduvn.registry.Gender;
import vn.eduvn.registry.StaffView;
import vn.eduvn.registry.school.CodeLists;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.staff.StaffDirectory;
import vn.eduvn.registry.staff.StaffForm;

/**
 * Imports a school's staff from the Excel template, checked by the staff form's own rules, reported row by row
 * and column by column, all or nothing unless the clerk asks for the valid rows; re-importing updates by
 * personal identifier. Code-list columns take the Vietnamese name or the code.
 */
@Service
public class StaffImport {

    static final String ID = "Mã định danh";

    static final String NAME = "Họ và tên";

    static final String BIRTH = "Ngày sinh";

    static final String GENDER = "Giới tính";

    static final String POSITION = "Vị trí việc làm";

    static final String QUALIFICATION = "Trình độ chuyên môn";

    static final String RANK = "Hạng chức danh";

    static final String CONTRACT = "Loại hợp đồng";

    static final String SUBJECT = "Môn dạy";

    static final String SECOND_SUBJECT = "Môn dạy kiêm nhiệm";

    static final String STATUS = "Trạng thái";

    static final String PHONE = "Điện thoại";

    static final String EMAIL = "Email";

    static final List<String> REQUIRED = List.of(ID, NAME, BIRTH, GENDER, POSITION, QUALIFICATION, RANK, CONTRACT);

    static final List<String> OPTIONAL = List.of(SUBJECT, SECOND_SUBJECT, STATUS, PHONE, EMAIL);

    private static final Map<String, String> COLUMN_OF = Map.ofEntries(
            Map.entry("personalId", ID),
            Map.entry("fullName", NAME),
            Map.entry("birthDate", BIRTH),
            Map.entry("gender", GENDER),
            Map.entry("position", POSITION),
            Map.entry("qualification", QUALIFICATION),
            Map.entry("titleRank", RANK),
            Map.entry("contractType", CONTRACT),
            Map.entry("mainSubject", SUBJECT),
            Map.entry("secondSubject", SECOND_SUBJECT),
            Map.entry("status", STATUS),
            Map.entry("phone", PHONE));

    private final Schools schools;

    private final StaffDirectory directory;

    private final CodeLists codes;

    private final Validator validator;

    private final MessageSource messages;

    StaffImport(
            Schools schools, StaffDirectory directory, CodeLists codes, Validator validator, MessageSource messages) {
        this.schools = schools;
        this.directory = directory;
        this.codes = codes;
        this.validator = validator;
        this.messages = messages;
    }

    @Transactional
    public ImportReport importStaff(long schoolUnitId, InputStream file, ImportMode mode) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        RowProblems problems = new RowProblems(messages);
        ImportSheet sheet = ImportSheet.read(file, REQUIRED, OPTIONAL, problems);
        if (sheet == null) {
            return new ImportReport(0, 0, 0, problems.list(), List.of(), false);
        }
        Map<String, StaffView> existing = new HashMap<>();
        directory.search(schoolUnitId, "").forEach(s -> existing.put(s.personalId(), s));
        Map<String, Map<String, String>> lists = new HashMap<>();
        for (String list : List.of("position", "qualification", "title_rank", "contract", "staff_status")) {
            Map<String, String> byKey = new HashMap<>();
            codes.index(list).forEach((key, code) -> byKey.put(key, code.code()));
            lists.put(list, byKey);
        }
        Map<String, String> subjects = new HashMap<>();
        codes.subjects().forEach(c -> {
            subjects.put(VietnameseText.fold(c.code()), c.code());
            subjects.put(VietnameseText.fold(c.nameVi()), c.code());
        });
        List<Parsed> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            StaffForm form = parse(row, sheet, existing, lists, subjects, problems);
            if (form == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(form.personalId(), row.number());
            if (first != null) {
                problems.add(row.number(), ID, "import.error.idDuplicateInFile", first);
            }
            rows.add(new Parsed(row.number(), form));
        }
        Set<Integer> badRows = problems.rows();
        if (!problems.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            return new ImportReport(0, 0, badRows.size(), problems.list(), List.of(), false);
        }
        int imported = 0;
        int updated = 0;
        for (Parsed row : rows) {
            if (badRows.contains(row.number())) {
                continue;
            }
            try {
                directory.save(schoolUnitId, row.form());
                if (existing.containsKey(row.form().personalId())) {
                    updated++;
                } else {
                    imported++;
                }
            } catch (DomainException e) {
                // Only another school's record can refuse a checked row; the clerk reads it like any other problem.
                problems.add(row.number(), COLUMN_OF.getOrDefault(e.field(), ID), e.messageKey(), e.args());
            }
        }
        int rejected = problems.rows().size();
        if (!problems.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ImportReport(0, 0, rejected, problems.list(), List.of(), false);
        }
        return new ImportReport(imported, updated, rejected, problems.list(), List.of(), true);
    }

    private StaffForm parse(
            SheetRow row,
            ImportSheet sheet,
            Map<String, StaffView> existing,
            Map<String, Map<String, String>> lists,
            Map<String, String> subjects,
            RowProblems problems) {
        String personalId = row.identifier(ID);
        if (personalId == null) {
            return null;
        }
        int before = problems.size();
        StaffView was = existing.get(personalId);
        Gender gender = null;
        if (row.has(GENDER)) {
            String g = VietnameseText.fold(row.text(GENDER));
            gender = "nam".equals(g) ? Gender.MALE : "nu".equals(g) ? Gender.FEMALE : null;
            if (gender == null) {
                problems.add(row.number(), GENDER, "import.error.gender", row.text(GENDER));
            }
        }
        String subject = sheet.hasColumn(SUBJECT)
                ? code(row, SUBJECT, subjects, problems)
                : was == null ? null : was.mainSubject();
        String secondSubject = sheet.hasColumn(SECOND_SUBJECT)
                ? code(row, SECOND_SUBJECT, subjects, problems)
                : was == null ? null : was.secondSubject();
        String status = sheet.hasColumn(STATUS) ? code(row, STATUS, lists.get("staff_status"), problems) : null;
        StaffForm form = new StaffForm(
                personalId,
                row.text(NAME),
                row.date(BIRTH, problems),
                gender,
                code(row, POSITION, lists.get("position"), problems),
                code(row, QUALIFICATION, lists.get("qualification"), problems),
                code(row, RANK, lists.get("title_rank"), problems),
                subject,
                secondSubject,
                code(row, CONTRACT, lists.get("contract"), problems),
                status,
                sheet.hasColumn(PHONE) ? row.text(PHONE) : was == null ? null : was.phone(),
                sheet.hasColumn(EMAIL) ? row.text(EMAIL) : was == null ? null : was.email(),
                null);
        Set<String> reported = new java.util.HashSet<>();
        problems.list().subList(before, problems.size()).forEach(e -> reported.add(e.column()));
        for (ConstraintViolation<StaffForm> v : validator.validate(form)) {
            String column = COLUMN_OF.getOrDefault(v.getPropertyPath().toString(), EMAIL);
            if (row.has(column) && reported.add(column)) {
                problems.add(row.number(), column, "import.error.invalid", v.getMessage());
            }
        }
        return form;
    }

    private static String code(SheetRow row, String column, Map<String, String> lookup, RowProblems problems) {
        String value = row.text(column);
        if (value == null) {
            return null;
        }
        String code = lookup.get(VietnameseText.fold(value));
        if (code == null) {
            problems.add(row.number(), column, "student.error.unknownValue", value);
        }
        return code;
    }

    private record Parsed(int number, StaffForm form) {}
}
