package vn.eduvn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * The principal sets the school week before solving — sinh hoạt lớp on Friday — and has 6A2 study in the
 * afternoons; a week too short for the classes' periods is refused before solving; the problem and the solved timetable follow; a day outside the week or a session
 * too long is refused, naming the field, and a teacher changes nothing.
 */
@EduVnTest
class WeekRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDefaults() {
        jdbc.sql("delete from timetable_week").update();
        jdbc.sql("delete from timetable_class_rule").update();
        jdbc.sql("delete from timetable_teacher_request").update();
    }

    private ResultActions putJson(String path, String token, String body) throws Exception {
        return mvc.perform(put(path)
                .with(Demo.bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String read(String path, String token) throws Exception {
        return mvc.perform(get(path).with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The principal presses Xếp tự động and reads the refusal the timetable page shows. */
    private String refusalOfSolve(long school) throws Exception {
        var refused = mvc.perform(post("/schools/{id}/timetable/runs", school)
                        .param("seconds", "4")
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/schools/{id}/timetable", school)
                        .with(demo.as("hieutruong2"))
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        return page.substring(
                page.indexOf("id=\"page-failure\""), page.indexOf("</div>", page.indexOf("id=\"page-failure\"")));
    }

    @Test
    void anAfternoonClassAndAFridayClassMeetingReachTheProblemAndTheTimetable() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String base = "/api/v1/schools/" + school + "/timetable";
        long class6a2 = vn.eduvn.SchoolClasses.id(mvc, demo, school, "6A2");
        putJson(base + "/week", token, """
                {"saturday": true, "morningPeriods": 4, "afternoonPeriods": 5, "flagDay": "T2", "flagPeriod": 1,
                 "meetingDay": "T6", "meetingPeriod": null}""").andExpect(status().isNoContent());
        // Four periods a morning leave the morning classes 24 slots for 29 periods: refused at once, not searched for.
        mvc.perform(post(base + "/runs").param("seconds", "4").with(Demo.bearer(token)))
                .andExpect(status().isBadRequest());
        putJson(base + "/week", token, """
                {"saturday": true, "morningPeriods": 5, "afternoonPeriods": 5, "flagDay": "T2", "flagPeriod": 1,
                 "meetingDay": "T6", "meetingPeriod": null}""").andExpect(status().isNoContent());
        putJson(base + "/classes/" + class6a2, token, "{\"sessions\": [\"CHIEU\"], \"noGaps\": true}")
                .andExpect(status().isNoContent());

        String problem = read(base + "/problem", token);
        assertThat(JsonPath.<Integer>read(problem, "$.periodsPerSession.CHIEU")).isEqualTo(5);
        assertThat(JsonPath.<List<String>>read(problem, "$.classes[?(@.id == '6A2')].sessions[*]"))
                .containsExactly("CHIEU");
        assertThat(
                        JsonPath.<List<Object>>read(
                                problem,
                                "$.fixed[?(@.lesson == '6A2-CHAO_CO' && @.day == 'T2' && @.session == 'CHIEU' && @.period == 1)]"))
                .hasSize(1);
        assertThat(
                        JsonPath.<List<Object>>read(
                                problem,
                                "$.fixed[?(@.lesson == '6A2-SINH_HOAT_LOP' && @.day == 'T6' && @.session == 'CHIEU' && @.period == 5)]"))
                .hasSize(1);
        assertThat(
                        JsonPath.<List<Object>>read(
                                problem,
                                "$.fixed[?(@.lesson == '6A1-SINH_HOAT_LOP' && @.day == 'T6' && @.session == 'SANG' && @.period == 5)]"))
                .hasSize(1);

        String started = mvc.perform(post(base + "/runs").param("seconds", "4").with(Demo.bearer(token)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long run = ((Number) JsonPath.read(started, "$.id")).longValue();
        String done = SolveRuns.inState(() -> read(base + "/runs/" + run, token), List.of("DONE", "FAILED"));
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("DONE");
        assertThat(((Number) JsonPath.read(done, "$.hard")).longValue()).isZero();
        assertThat(JsonPath.<List<String>>read(done, "$.solution.placements[?(@.lesson =~ /6A2-.*/)].session"))
                .isNotEmpty()
                .containsOnly("CHIEU");

        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/schools/{id}/timetable/lessons", school).with(demo.as("hieutruong2")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Tuần học và tiết cố định", "id=\"class-rules\"", "Buổi học của các lớp");
    }

    @Test
    void aWeekTooShortForTheClassesIsRefusedOnThePageNamingEveryClassWithItsNumbers() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        putJson("/api/v1/schools/" + school + "/timetable/week", token, """
                {"saturday": true, "morningPeriods": 4, "afternoonPeriods": 5, "flagDay": "T2", "flagPeriod": 1,
                 "meetingDay": "T6", "meetingPeriod": null}""").andExpect(status().isNoContent());

        String alert = refusalOfSolve(school);
        assertThat(alert)
                .contains(
                        "Lớp 6A1 có 28 tiết mỗi tuần nhưng các buổi học của lớp chỉ có 24 tiết: không thể xếp được",
                        "Lớp 6A2 có")
                .doesNotContain("{1}", "{2}");
    }

    @Test
    void aTeacherAwayTooOftenIsRefusedOnThePageInTheSchoolsWords() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        // The school's busiest teacher, away on three mornings in the middle of the week: their lessons no longer fit.
        var busiest = jdbc.sql("""
                select a.staff_id, s.full_name, sum(a.periods_per_week) periods from registry_teaching_assignment a
                join registry_staff s on s.id = a.staff_id where a.school_unit_id = ?
                group by a.staff_id, s.full_name order by periods desc, a.staff_id limit 1""")
                .param(school)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})
                .single();
        var lesson = jdbc.sql("""
                select c.name, j.name_vi, a.subject_code from registry_teaching_assignment a join registry_class c on c.id = a.class_id
                join registry_subject j on j.code = a.subject_code where a.staff_id = ? order by c.name limit 1""")
                .param(busiest[0])
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat((Integer) busiest[2])
                .as("more than the two mornings left can hold")
                .isGreaterThan(15);
        putJson(
                        "/api/v1/schools/" + school + "/timetable/requests/" + busiest[0],
                        token,
                        "{\"unavailable\": [\"T3/SANG\", \"T4/SANG\", \"T5/SANG\"]}")
                .andExpect(status().isNoContent());

        String alert = refusalOfSolve(school);
        assertThat(alert)
                .contains((String) busiest[1], lesson[1] + " " + lesson[0], "không thể xếp được")
                .doesNotContain("(GV", lesson[0] + "-" + lesson[2]);
    }

    @Test
    void aDayOutsideTheWeekOrASessionTooLongIsRefusedAndATeacherChangesNothing() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String base = "/api/v1/schools/" + school + "/timetable";
        String refused = putJson(base + "/week", token, """
                {"saturday": false, "morningPeriods": 9, "afternoonPeriods": 4, "flagDay": "T2", "flagPeriod": 1,
                 "meetingDay": "T7", "meetingPeriod": null}""")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("morningPeriods", "meetingDay", "Ngày T7 không có trong tuần học");
        putJson(base + "/week", demo.token(mvc, "giaovien2"), """
                {"saturday": false, "morningPeriods": 5, "afternoonPeriods": 4, "flagDay": "T2", "flagPeriod": 1,
                 "meetingDay": "T6", "meetingPeriod": null}""").andExpect(status().isForbidden());
        assertThat(JsonPath.<List<String>>read(read(base + "/problem", token), "$.days"))
                .contains("T7");

        // From the page, a refused week comes back with the reason in Vietnamese.
        String flash = mvc.perform(post("/schools/{id}/timetable/week", school)
                        .with(demo.as("hieutruong2"))
                        .with(csrf())
                        .param("morningPeriods", "5")
                        .param("afternoonPeriods", "5")
                        .param("flagDay", "T2")
                        .param("flagPeriod", "1")
                        .param("meetingDay", "T7"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .toString();
        assertThat(flash).contains("failure=timetable.error.fixedDay");
        assertThat(JsonPath.<List<String>>read(read(base + "/problem", token), "$.days"))
                .contains("T7");
    }
}
