package vn.eduvn.registry.student;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.eduvn.org.AdministrativeUnits;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.PersonalIdentifier;
import vn.eduvn.platform.text.VietnameseText;
import vn.eduvn.registry.Gender;
import vn.eduvn.registry.school.CodeLists;
import vn.eduvn.registry.school.Ethnicities;

/**
 * What makes a student's record acceptable, checked the same way for the form, the API and the import: a
 * 12-digit identifier that agrees with the birth date and sex (switchable, since the digits' meaning is
 * recalled, not confirmed), a name of letters, a plausible birth date, codes from the code lists, a commune of
 * the 2025 list, phone numbers and an email address a school could use.
 */
@Component
public class StudentRules {

    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L}\\p{M} '-]+");

    /** Vietnamese numbers: 0 or +84, then 9 or 10 digits (mobile 10 digits, old landlines 11). */
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Ethnicities ethnicities;

    private final CodeLists codes;

    private final AdministrativeUnits areas;

    private final boolean checkIdStructure;

    StudentRules(
            Ethnicities ethnicities,
            CodeLists codes,
            AdministrativeUnits areas,
            @Value("${eduvn.registry.personal-id.check-structure:true}") boolean checkIdStructure) {
        this.ethnicities = ethnicities;
        this.codes = codes;
        this.areas = areas;
        this.checkIdStructure = checkIdStructure;
    }

    public List<FieldProblem> check(StudentForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String id = form.personalId();
        if (blank(id)) {
            problems.add(new FieldProblem("personalId", "import.error.required"));
        } else if (!PersonalIdentifier.hasTwelveDigits(id)) {
            problems.add(new FieldProblem("personalId", "import.error.idFormat", id));
        }
        String name = VietnameseText.tidy(form.fullName());
        if (name.isEmpty()) {
            problems.add(new FieldProblem("fullName", "import.error.required"));
        } else if (!isName(name)) {
            problems.add(new FieldProblem("fullName", "import.error.nameFormat"));
        }
        LocalDate born = form.birthDate();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        if (born == null) {
            problems.add(new FieldProblem("birthDate", "import.error.required"));
        } else if (born.getYear() < 1950 || born.isAfter(today.minusYears(2))) {
            problems.add(new FieldProblem(
                    "birthDate",
                    "import.error.dateRange",
                    born.getDayOfMonth() + "/" + born.getMonthValue() + "/" + born.getYear()));
        }
        if (form.gender() == null) {
            problems.add(new FieldProblem("gender", "import.error.required"));
        }
        if (blank(form.ethnicityCode())) {
            problems.add(new FieldProblem("ethnicityCode", "import.error.required"));
        } else if (ethnicities.find(form.ethnicityCode()).isEmpty()) {
            problems.add(new FieldProblem("ethnicityCode", "import.error.ethnicity", form.ethnicityCode()));
        }
        if (checkIdStructure && problems.isEmpty()) {
            String problem = PersonalIdentifier.structureProblem(id, born, form.gender() == Gender.FEMALE);
            if (problem != null) {
                problems.add(new FieldProblem("personalId", problem, id));
            }
        }
        code(problems, "religionCode", "religion", form.religionCode());
        code(problems, "disabilityCode", "disability", form.disabilityCode());
        code(problems, "policyCode", "policy_group", form.policyCode());
        if (!blank(form.residenceCommune())
                && areas.commune(form.residenceCommune().trim()).isEmpty()) {
            problems.add(new FieldProblem("residenceCommune", "student.error.commune", form.residenceCommune()));
        }
        if (!blank(form.address()) && form.address().trim().length() > 200) {
            problems.add(new FieldProblem("address", "student.error.tooLong", 200));
        }
        person(problems, "fatherName", form.fatherName());
        person(problems, "motherName", form.motherName());
        person(problems, "guardianName", form.guardianName());
        phone(problems, "fatherPhone", form.fatherPhone());
        phone(problems, "motherPhone", form.motherPhone());
        phone(problems, "guardianPhone", form.guardianPhone());
        if (!blank(form.parentEmail())
                && (form.parentEmail().trim().length() > 254
                        || !EMAIL.matcher(form.parentEmail().trim()).matches())) {
            problems.add(new FieldProblem("parentEmail", "student.error.email", form.parentEmail()));
        }
        return problems;
    }

    private void code(List<FieldProblem> problems, String field, String list, String code) {
        if (!blank(code) && !codes.contains(list, code)) {
            problems.add(new FieldProblem(field, "student.error.code", code));
        }
    }

    private static void person(List<FieldProblem> problems, String field, String name) {
        if (!blank(name) && !isName(VietnameseText.tidy(name))) {
            problems.add(new FieldProblem(field, "import.error.nameFormat"));
        }
    }

    private static void phone(List<FieldProblem> problems, String field, String phone) {
        if (!blank(phone) && !PHONE.matcher(phone.replaceAll("[\\s.]", "")).matches()) {
            problems.add(new FieldProblem(field, "student.error.phone", phone));
        }
    }

    private static boolean isName(String name) {
        return name.length() <= 100 && NAME_CHARS.matcher(name).matches();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
