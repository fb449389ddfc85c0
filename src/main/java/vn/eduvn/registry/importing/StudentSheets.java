package vn.eduvn.registry.importing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.eduvn.org.AdminArea;
import vn.eduvn.org.AdministrativeUnits;
import vn.eduvn.platform.sheets.TableFile;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.school.CodeLists;
import vn.eduvn.registry.school.Ethnicities;

/**
 * The student workbooks: the import template (headers, text-formatted identifier and date columns, an
 * instructions sheet with the ethnic groups) and the exports in Excel and CSV, every cell neutralised.
 */
@Component
public class StudentSheets {

    static final List<String> EXPORT_HEADERS = export();

    private static final List<String> TEMPLATE_HEADERS = templateHeaders();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Ethnicities ethnicities;

    private final CodeLists codes;

    private final AdministrativeUnits areas;

    private final MessageSource messages;

    StudentSheets(Ethnicities ethnicities, CodeLists codes, AdministrativeUnits areas, MessageSource messages) {
        this.messages = messages;
        this.ethnicities = ethnicities;
        this.codes = codes;
        this.areas = areas;
    }

    private static List<String> templateHeaders() {
        List<String> headers = new ArrayList<>(StudentImport.REQUIRED);
        headers.addAll(StudentImport.OPTIONAL);
        return List.copyOf(headers);
    }

    /** The template's columns (so that an export re-imports as it is) and the status. */
    private static List<String> export() {
        List<String> headers = new ArrayList<>(templateHeaders());
        headers.add("Trạng thái");
        return List.copyOf(headers);
    }

    public byte[] template() {
        Map<String, List<String[]>> lists = new LinkedHashMap<>();
        lists.put(
                "Dân tộc",
                ethnicities.all().stream()
                        .map(e -> new String[] {e.code(), e.name()})
                        .toList());
        lists.put("Tôn giáo", entries("religion"));
        lists.put("Khuyết tật", entries("disability"));
        lists.put("Đối tượng chính sách", entries("policy_group"));
        return TableFile.template(
                "Học sinh",
                TEMPLATE_HEADERS,
                List.of(
                        "Mã định danh: 12 chữ số (mã định danh cá nhân), nhập dạng văn bản để giữ số 0 ở đầu.",
                        "Họ và tên: đầy đủ, có dấu.",
                        "Ngày sinh: dd/MM/yyyy (ví dụ 05/09/2014), hoặc ô kiểu ngày của Excel.",
                        "Giới tính: Nam hoặc Nữ.",
                        "Dân tộc: tên theo danh mục 54 dân tộc (bên dưới).",
                        "Lớp: tên lớp, bắt đầu bằng khối (ví dụ 6A1); lớp chưa có trong năm học sẽ được tạo.",
                        "Các cột sau không bắt buộc; bỏ hẳn một cột thì giữ nguyên thông tin đã có của học sinh.",
                        "Tôn giáo, Khuyết tật, Đối tượng chính sách: tên theo danh mục (bên dưới); để trống nếu không có.",
                        "Xã/phường thường trú: tên xã, phường trong tỉnh (theo danh mục 2025) hoặc mã 5 chữ số.",
                        "Số điện thoại: 10 chữ số bắt đầu bằng 0 (hoặc +84). Email phụ huynh: địa chỉ thư điện tử.",
                        "Không dùng công thức. Nhập lại tệp đã nhập sẽ cập nhật theo mã định danh, không tạo trùng."),
                lists);
    }

    private List<String[]> entries(String list) {
        return codes.list(list).stream()
                .map(c -> new String[] {c.code(), c.nameVi()})
                .toList();
    }

    public byte[] xlsx(List<StudentView> students) {
        return TableFile.xlsx("Học sinh", EXPORT_HEADERS, rows(students));
    }

    public byte[] csv(List<StudentView> students) {
        return TableFile.csv(EXPORT_HEADERS, rows(students));
    }

    private List<List<String>> rows(List<StudentView> students) {
        Map<String, String> religions = names("religion");
        Map<String, String> disabilities = names("disability");
        Map<String, String> policyGroups = names("policy_group");
        Map<String, String> communes = new HashMap<>();
        return students.stream()
                .map(s -> Arrays.asList(
                        s.personalId(),
                        s.fullName(),
                        s.birthDate().format(DATE),
                        s.gender().vietnamese(),
                        s.ethnicity(),
                        nonNull(s.className()),
                        nonNull(religions.get(s.religionCode())),
                        nonNull(disabilities.get(s.disabilityCode())),
                        nonNull(policyGroups.get(s.policyCode())),
                        s.residenceCommune() == null
                                ? ""
                                : communes.computeIfAbsent(
                                        s.residenceCommune(),
                                        code -> areas.commune(code)
                                                .map(AdminArea::fullName)
                                                .orElse(code)),
                        nonNull(s.address()),
                        nonNull(s.fatherName()),
                        nonNull(s.fatherPhone()),
                        nonNull(s.motherName()),
                        nonNull(s.motherPhone()),
                        nonNull(s.guardianName()),
                        nonNull(s.guardianPhone()),
                        nonNull(s.parentEmail()),
                        messages.getMessage(
                                "student.status." + s.status(), null, s.status(), LocaleContextHolder.getLocale())))
                .toList();
    }

    private Map<String, String> names(String list) {
        Map<String, String> names = new HashMap<>();
        codes.list(list).forEach(c -> names.put(c.code(), c.nameVi()));
        return names;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
