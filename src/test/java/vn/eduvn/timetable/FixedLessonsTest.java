package vn.eduvn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * The sports ground is the other school's on Tuesday after the second period, so the principal fixes a class's PE
 * on Tuesday's first two morning periods: the lessons page lists them, and solving is refused until PE may have two
 * periods a day; then the school's problem carries them and the solve places them there. A period outside the class's sessions, on chào cờ or of a subject the class does not
 * study is refused with the reason, and the form keeps what was chosen; a teacher cannot fix periods.
 */
@EduVnTest
class FixedLessonsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDefaults() {
        jdbc.sql("delete from timetable_fixed_period").update();
        jdbc.sql("delete from timetable_lesson_setting").update();
    }

    /** A class of the demo school that has PE, and its name. */
    private Object[] classWithPe(long school) {
        return jdbc.sql("""
                select c.id, c.name from registry_teaching_assignment a join registry_class c on c.id = a.class_id
                where a.school_unit_id = ? and a.subject_code = 'GDTC' order by c.name limit 1""")
                .param(school)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
    }

    private MvcResult fix(long school, String lesson, String day, String session, int period) throws Exception {
        return mvc.perform(post("/schools/{id}/timetable/fixed", school)
                        .param("lesson", lesson)
                        .param("day", day)
                        .param("session", session)
                        .param("period", String.valueOf(period))
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    private String lessonsPage(long school, MvcResult after) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/schools/{id}/timetable/lessons", school)
                        .with(demo.as("hieutruong2"))
                        .flashAttrs(after.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void thePrincipalFixesPeOnTuesdayMorningAndTheSolvePlacesItThere() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        Object[] pe = classWithPe(school);
        fix(school, pe[0] + "/GDTC", "T3", "SANG", 1);
        MvcResult second = fix(school, pe[0] + "/GDTC", "T3", "SANG", 2);

        String page = lessonsPage(school, second);
        String list = page.substring(
                page.indexOf("id=\"fixed-list\""), page.indexOf("</table>", page.indexOf("id=\"fixed-list\"")));
        assertThat(list).contains((String) pe[1], "Giáo dục thể chất", "T3", "sáng");
        assertThat(page).contains("Đã thêm tiết cố định.");

        // PE has at most one period a day by default: the double is named as what cannot hold.
        MvcResult refused = mvc.perform(post("/schools/{id}/timetable/runs", school)
                        .param("seconds", "4")
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String timetablePage = HtmlUtils.htmlUnescape(mvc.perform(get("/schools/{id}/timetable", school)
                        .with(demo.as("hieutruong2"))
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(timetablePage)
                .contains("\"Giáo dục thể chất " + pe[1] + "\" có 2 tiết cố định vào T3 nhưng tối đa 1 tiết mỗi ngày");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/schools/{id}/timetable/lessons/{c}/GDTC", school, pe[0])
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maxPerDay\": 2}"))
                .andExpect(status().isNoContent());

        String lesson = pe[1] + "-GDTC";
        String problem = mvc.perform(
                        get("/api/v1/schools/{id}/timetable/problem", school).with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<Integer>>read(
                        problem, "$.fixed[?(@.lesson == '" + lesson + "' && @.day == 'T3')].period"))
                .containsExactlyInAnyOrder(1, 2);

        String solved = mvc.perform(post("/api/v1/timetable/solve")
                        .param("seconds", "10")
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(problem))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<Integer>read(solved, "$.hard")).isZero();
        assertThat(JsonPath.<List<Integer>>read(
                        solved,
                        "$.placements[?(@.lesson == '" + lesson + "' && @.day == 'T3' && @.session == 'SANG')].period"))
                .contains(1, 2);
    }

    @Test
    void aPeriodOutsideTheWeekOnChaoCoOrOfASubjectNotStudiedIsRefusedWithTheReason() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        Object[] pe = classWithPe(school);

        // The class studies mornings: an afternoon is refused, and the form keeps the lesson and the session chosen.
        MvcResult refused = fix(school, pe[0] + "/GDTC", "T4", "CHIEU", 1);
        String page = lessonsPage(school, refused);
        assertThat(page).contains("Lớp " + pe[1] + " không học buổi này.");
        String form = page.substring(
                page.indexOf("id=\"fixed-form\""), page.indexOf("</form>", page.indexOf("id=\"fixed-form\"")));
        assertThat(form)
                .containsPattern("value=\"" + pe[0] + "/GDTC\"\\s+selected")
                .containsPattern("value=\"CHIEU\"\\s+selected");

        // Monday's first period is chào cờ.
        String onFlag = mvc.perform(
                        post("/api/v1/schools/{id}/timetable/fixed", school)
                                .with(Demo.bearer(token))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"classId\": " + pe[0]
                                                + ", \"subjectCode\": \"GDTC\", \"day\": \"T2\", \"session\": \"SANG\", \"period\": 1}"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(onFlag).contains("Lớp " + pe[1] + " đã có tiết cố định vào T2 buổi sáng tiết 1.");
        String inEnglish = mvc.perform(
                        post("/api/v1/schools/{id}/timetable/fixed", school)
                                .with(Demo.bearer(token))
                                .header("Accept-Language", "en")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"classId\": " + pe[0]
                                                + ", \"subjectCode\": \"GDTC\", \"day\": \"T2\", \"session\": \"SANG\", \"period\": 1}"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(inEnglish).contains("Class " + pe[1] + " already has a fixed period on T2 (morning) period 1.");
        // Primary-school Vietnamese is not a subject of a lower-secondary class.
        String notStudied = mvc.perform(
                        post("/api/v1/schools/{id}/timetable/fixed", school)
                                .with(Demo.bearer(token))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"classId\": " + pe[0]
                                                + ", \"subjectCode\": \"TIENG_VIET\", \"day\": \"T8\", \"session\": \"SANG\", \"period\": 9}"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notStudied)
                .contains(
                        "không học môn Tiếng Việt", "Ngày T8 không có trong tuần học", "Tiết cố định phải từ 1 đến 5");
        // A teacher keeps no timetable.
        mvc.perform(
                        post("/api/v1/schools/{id}/timetable/fixed", school)
                                .with(Demo.bearer(demo.token(mvc, "giaovien2")))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"classId\": " + pe[0]
                                                + ", \"subjectCode\": \"GDTC\", \"day\": \"T3\", \"session\": \"SANG\", \"period\": 1}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from timetable_fixed_period")
                        .query(Integer.class)
                        .single())
                .isZero();

        // A period fixed can be taken back.
        String added = mvc.perform(
                        post("/api/v1/schools/{id}/timetable/fixed", school)
                                .with(Demo.bearer(token))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"classId\": " + pe[0]
                                                + ", \"subjectCode\": \"GDTC\", \"day\": \"T3\", \"session\": \"SANG\", \"period\": 1}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(added, "$.id")).longValue();
        assertThat(JsonPath.<List<Map<String, Object>>>read(
                        mvc.perform(get("/api/v1/schools/{id}/timetable/fixed", school)
                                        .with(Demo.bearer(token)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8),
                        "$"))
                .hasSize(1);
        mvc.perform(delete("/api/v1/schools/{id}/timetable/fixed/{f}", school, id)
                        .with(Demo.bearer(token)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from timetable_fixed_period")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
