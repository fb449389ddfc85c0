package vn.eduvn.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.text.VietnameseText;
import vn.eduvn.registry.Gender;
import vn.eduvn.registry.SchoolLevel;
import vn.eduvn.registry.importing.ImportReport.RowError;
import vn.eduvn.registry.school.Ethnicities;
import vn.eduvn.registry.school.School;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.student.PersonalIdentifier;
import vn.eduvn.registry.student.Student;
import vn.eduvn.registry.student.StudentRepository;

/**
 * Imports a school's students from the Excel template. Every row is checked first and every problem reported
 * with its row and column; nothing is written when any row is bad unless the clerk asked to import the valid
 * rows. A student already in this school (same personal identifier) is updated, never duplicated.
 */
@Service
public class StudentImport {

    static final String ID = "Mã định danh";

    static final String NAME = "Họ và tên";

    static final String BIRTH = "Ngày sinh";

    static final String GENDER = "Giới tính";

    static final String ETHNICITY = "Dân tộc";

    static final String CLASS = "Lớp";

    static final List<String> REQUIRED = List.of(ID, NAME, BIRTH, GENDER, ETHNICITY, CLASS);

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L}\\p{M} '-]+");

    private final Schools schools;

    private final StudentRepository students;

    private final Ethnicities ethnicities;

    private final Units units;

    private final Access access;

    private final MessageSource messages;

    private final boolean checkIdStructure;

    StudentImport(Schools schools, StudentRepository students, Ethnicities ethnicities, Units units, Access access,
            MessageSource messages,
            @Value("${eduvn.registry.personal-id.check-structure:true}") boolean checkIdStructure) {
        this.schools = schools;
        this.students = students;
        this.ethnicities = ethnicities;
        this.units = units;
        this.access = access;
        this.messages = messages;
        this.checkIdStructure = checkIdStructure;
    }

    @Transactional
    public ImportReport importStudents(long schoolUnitId, InputStream file, ImportMode mode) {
        UnitView school = schools.require(schoolUnitId, Schools.KEEPERS);
        SchoolLevel level = schools.profile(schoolUnitId).map(School::level).orElse(null);
        List<RowError> errors = new ArrayList<>();
        List<ParsedRow> rows = read(file, level, errors);
        if (rows == null) {
            return new ImportReport(0, 0, 0, errors, List.of(), false);
        }
        Map<String, Student> existing = existingStudents(rows);
        checkAgainstRegistry(school, rows, existing, errors);
        Set<Integer> badRows = new LinkedHashSet<>();
        errors.forEach(e -> badRows.add(e.row()));
        if (!errors.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            return new ImportReport(0, 0, badRows.size(), errors, List.of(), false);
        }
        int year = schools.currentYear(schoolUnitId);
        Set<String> existingClasses = new LinkedHashSet<>();
        schools.classes(schoolUnitId, year).forEach(c -> existingClasses.add(c.name()));
        List<String> createdClasses = new ArrayList<>();
        Map<String, Long> classIds = new HashMap<>();
        int imported = 0;
        int updated = 0;
        for (ParsedRow row : rows) {
            if (badRows.contains(row.number())) {
                continue;
            }
            Long classId = classIds.computeIfAbsent(row.className(), name -> {
                if (!existingClasses.contains(name)) {
                    createdClasses.add(name);
                }
                return schools.classNamed(schoolUnitId, year, name).id();
            });
            Student student = existing.get(row.personalId());
            if (student == null) {
                student = new Student(schoolUnitId, row.personalId());
                imported++;
            }
            else {
                updated++;
            }
            student.describe(row.fullName(), row.birthDate(), row.gender().code(), row.ethnicityCode(), classId);
            students.save(student);
        }
        return new ImportReport(imported, updated, badRows.size(), errors, createdClasses, true);
    }

    private List<ParsedRow> read(InputStream file, SchoolLevel level, List<RowError> errors) {
        try (Workbook workbook = WorkbookFactory.create(file)) {
            if (workbook.getNumberOfSheets() == 0) {
                errors.add(error(0, null, "import.error.empty"));
                return null;
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null || sheet.getPhysicalNumberOfRows() == 0) {
                errors.add(error(1, null, "import.error.empty"));
                return null;
            }
            Map<String, Integer> columns = columns(header);
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    errors.add(error(header.getRowNum() + 1, required, "import.error.missingColumn", required));
                }
            }
            if (!errors.isEmpty()) {
                return null;
            }
            List<ParsedRow> rows = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, columns)) {
                    continue;
                }
                ParsedRow parsed = parse(row, columns, level, errors);
                if (parsed != null) {
                    Integer first = seen.putIfAbsent(parsed.personalId(), parsed.number());
                    if (first != null) {
                        errors.add(error(parsed.number(), ID, "import.error.idDuplicateInFile", first));
                    }
                    rows.add(parsed);
                }
            }
            return rows;
        }
        catch (EncryptedDocumentException e) {
            errors.add(error(0, null, "import.error.encrypted"));
            return null;
        }
        catch (IOException | RuntimeException e) {
            errors.add(error(0, null, "import.error.notExcel"));
            return null;
        }
    }

    /** Header cells matched however they are spaced or cased, in any order. */
    private static Map<String, Integer> columns(Row header) {
        Map<String, String> wanted = new HashMap<>();
        REQUIRED.forEach(h -> wanted.put(VietnameseText.tidy(h).toLowerCase(), h));
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING) {
                String key = VietnameseText.tidy(cell.getStringCellValue()).toLowerCase();
                if (wanted.containsKey(key)) {
                    columns.putIfAbsent(wanted.get(key), cell.getColumnIndex());
                }
            }
        }
        return columns;
    }

    private ParsedRow parse(Row row, Map<String, Integer> columns, SchoolLevel level, List<RowError> errors) {
        int number = row.getRowNum() + 1;
        int before = errors.size();
        Map<String, Cell> cells = new HashMap<>();
        for (String column : REQUIRED) {
            Cell cell = row.getCell(columns.get(column));
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                errors.add(error(number, column, "import.error.formula"));
            }
            else if (cell == null || cell.getCellType() == CellType.BLANK
                    || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                errors.add(error(number, column, "import.error.required"));
            }
            else {
                cells.put(column, cell);
            }
        }
        String personalId = cells.containsKey(ID) ? identifier(cells.get(ID)) : null;
        if (personalId != null && !PersonalIdentifier.hasTwelveDigits(personalId)) {
            errors.add(error(number, ID, "import.error.idFormat", personalId));
        }
        String fullName = cells.containsKey(NAME) ? VietnameseText.tidy(text(cells.get(NAME))) : null;
        if (fullName != null && (fullName.length() > 100 || !NAME_CHARS.matcher(fullName).matches())) {
            errors.add(error(number, NAME, "import.error.nameFormat"));
        }
        LocalDate birthDate = cells.containsKey(BIRTH) ? date(cells.get(BIRTH), number, errors) : null;
        Gender gender = null;
        if (cells.containsKey(GENDER)) {
            String g = VietnameseText.fold(text(cells.get(GENDER)));
            gender = "nam".equals(g) ? Gender.MALE : "nu".equals(g) ? Gender.FEMALE : null;
            if (gender == null) {
                errors.add(error(number, GENDER, "import.error.gender", text(cells.get(GENDER))));
            }
        }
        String ethnicityCode = null;
        if (cells.containsKey(ETHNICITY)) {
            String e = text(cells.get(ETHNICITY));
            ethnicityCode = ethnicities.find(e).map(Ethnicities.Ethnicity::code).orElse(null);
            if (ethnicityCode == null) {
                errors.add(error(number, ETHNICITY, "import.error.ethnicity", e));
            }
        }
        String className = cells.containsKey(CLASS) ? VietnameseText.tidy(text(cells.get(CLASS))) : null;
        if (className != null) {
            int grade = SchoolClass.gradeOf(className);
            if (grade < 1 || grade > 12 || className.length() > 20) {
                errors.add(error(number, CLASS, "import.error.classGrade", className));
            }
            else if (level != null && !level.teaches(grade)) {
                errors.add(error(number, CLASS, "import.error.classLevel", className));
            }
        }
        if (checkIdStructure && errors.size() == before && personalId != null) {
            String problem = PersonalIdentifier.structureProblem(personalId, birthDate, gender);
            if (problem != null) {
                errors.add(error(number, ID, problem, personalId));
            }
        }
        if (personalId == null) {
            return null;
        }
        return new ParsedRow(number, personalId, fullName, birthDate, gender, ethnicityCode, className);
    }

    /** Duplicates against other schools, named only when the user may see that school. */
    private void checkAgainstRegistry(UnitView school, List<ParsedRow> rows, Map<String, Student> found,
            List<RowError> errors) {
        for (ParsedRow row : rows) {
            Student other = found.get(row.personalId());
            if (other != null && other.schoolUnitId() != school.id()) {
                String otherName = units.find(other.schoolUnitId()).filter(u -> access.reaches(u.path()))
                        .map(UnitView::name).orElse(null);
                errors.add(otherName == null ? error(row.number(), ID, "import.error.idOtherSchoolHidden")
                        : error(row.number(), ID, "import.error.idOtherSchool", otherName));
            }
        }
    }

    private Map<String, Student> existingStudents(List<ParsedRow> rows) {
        Map<String, Student> found = new HashMap<>();
        List<String> ids = rows.stream().map(ParsedRow::personalId).distinct().toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            students.findByPersonalIdIn(ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .forEach(s -> found.put(s.personalId(), s));
        }
        return found;
    }

    private LocalDate date(Cell cell, int number, List<RowError> errors) {
        if (cell.getCellType() == CellType.NUMERIC) {
            if (!DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
                errors.add(error(number, BIRTH, "import.error.dateFormat", text(cell)));
                return null;
            }
            return checkRange(cell.getLocalDateTimeCellValue().toLocalDate(), number, errors);
        }
        String value = text(cell).trim();
        Matcher dmy = DMY.matcher(value);
        Matcher ymd = YMD.matcher(value);
        try {
            if (dmy.matches()) {
                return checkRange(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))), number, errors);
            }
            if (ymd.matches()) {
                return checkRange(LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3))), number, errors);
            }
        }
        catch (DateTimeException e) {
            errors.add(error(number, BIRTH, "import.error.dateImpossible", value));
            return null;
        }
        errors.add(error(number, BIRTH, "import.error.dateFormat", value));
        return null;
    }

    private LocalDate checkRange(LocalDate date, int number, List<RowError> errors) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        if (date.getYear() < 1950 || date.isAfter(today.minusYears(2))) {
            errors.add(error(number, BIRTH, "import.error.dateRange", date.getDayOfMonth() + "/"
                    + date.getMonthValue() + "/" + date.getYear()));
            return null;
        }
        return date;
    }

    /** The identifier as typed: text as is, a number without its decimals (leading zeros are lost in Excel). */
    private static String identifier(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return text(cell).replace(" ", "").trim();
    }

    private static String text(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static boolean isBlank(Row row, Map<String, Integer> columns) {
        for (int index : columns.values()) {
            Cell cell = row.getCell(index);
            if (cell != null && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private RowError error(int row, String column, String key, Object... args) {
        return new RowError(row, column, messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    }

    private record ParsedRow(int number, String personalId, String fullName, LocalDate birthDate, Gender gender,
            String ethnicityCode, String className) {
    }
}
