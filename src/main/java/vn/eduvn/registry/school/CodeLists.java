package vn.eduvn.registry.school;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.text.VietnameseText;

/**
 * The registry's code lists (positions, qualifications, title ranks, contract types, staff statuses) and the
 * subjects of the 2018 programme with their periods per grade; all of them data, since they change.
 */
@Component
public class CodeLists {

    public static final int TEACHING_WEEKS = 35;

    /** The two values of giới tính, as forms offer them. */
    public static final List<Code> GENDERS =
            List.of(new Code("MALE", "Nam", "Male"), new Code("FEMALE", "Nữ", "Female"));

    private final JdbcClient jdbc;

    CodeLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Code> list(String list) {
        return jdbc.sql("select code, name_vi, name_en from registry_code where list = ? order by sort_order")
                .param(list)
                .query(Code.class)
                .list();
    }

    /**
     * Whether the code is in the list. The lists are read at most once a minute: an import checks several
     * codes on each of a hundred thousand rows.
     */
    public boolean contains(String list, String code) {
        if (code == null) {
            return false;
        }
        Cached cached = cache;
        if (cached == null || System.nanoTime() - cached.loadedAt() > CACHE_NANOS) {
            Map<String, java.util.Set<String>> codes = new HashMap<>();
            jdbc.sql("select list, code from registry_code")
                    .query((rs, n) -> codes.computeIfAbsent(rs.getString(1), l -> new java.util.HashSet<>())
                            .add(rs.getString(2)))
                    .list();
            cached = new Cached(codes, System.nanoTime());
            cache = cached;
        }
        return cached.codes().getOrDefault(list, java.util.Set.of()).contains(code);
    }

    private static final long CACHE_NANOS = 60_000_000_000L;

    private volatile Cached cache;

    private record Cached(Map<String, java.util.Set<String>> codes, long loadedAt) {}

    /** A list's entries by code and by Vietnamese name, both folded, so that "phat giao" finds "Phật giáo". */
    public Map<String, Code> index(String list) {
        Map<String, Code> index = new HashMap<>();
        for (Code c : list(list)) {
            index.put(VietnameseText.fold(c.code()), c);
            index.put(VietnameseText.fold(c.nameVi()), c);
        }
        return index;
    }

    public List<Code> subjects() {
        return jdbc.sql("select code, name_vi, name_en from registry_subject order by name_vi")
                .query(Code.class)
                .list();
    }

    /** Subjects taught in a grade with their weekly periods (yearly periods / 35, to one decimal). */
    public List<SubjectLoad> subjectsOfGrade(int grade) {
        return jdbc.sql("""
                select s.code, s.name_vi, s.name_en, l.periods_per_year from registry_subject_load l
                join registry_subject s on s.code = l.subject_code where l.grade = ? order by s.name_vi""").param(grade).query(SubjectLoad.class).list();
    }

    public Optional<SubjectLoad> load(String subjectCode, int grade) {
        return subjectsOfGrade(grade).stream()
                .filter(s -> s.code().equals(subjectCode))
                .findFirst();
    }

    public boolean isSubject(String code) {
        return code != null
                && jdbc.sql("select count(*) from registry_subject where code = ?")
                                .param(code)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** One entry of a code list. */
    public record Code(String code, String nameVi, String nameEn) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    /** A subject in a grade and its load. */
    public record SubjectLoad(String code, String nameVi, String nameEn, int periodsPerYear) {

        public java.math.BigDecimal periodsPerWeek() {
            return java.math.BigDecimal.valueOf(periodsPerYear)
                    .divide(java.math.BigDecimal.valueOf(TEACHING_WEEKS), 1, java.math.RoundingMode.HALF_UP);
        }

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }
}
