package vn.eduvn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.JsonPath;

import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * A school that kept its timetable in FET brings the file into EduVN: the principal exports the school's problem as
 * a .fet, and importing that file back gives the same problem — lessons, periods, blocks, teachers' requests — after
 * they were changed meanwhile. The preview changes nothing and names what does not match (a teacher not on the
 * staff, a class not in the year, a subject not in the programme); the page shows the plan and writes it on
 * confirmation; a broken file gets a Vietnamese answer; a teacher or a clerk cannot import.
 */
@EduVnTest
class SchoolFetImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDefaults() {
        jdbc.sql("delete from timetable_lesson_setting").update();
        jdbc.sql("delete from timetable_teacher_request").update();
        jdbc.sql("delete from timetable_week").update();
    }

    private String read(String path, String token) throws Exception {
        return mvc.perform(get(path).with(Demo.bearer(token))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

    private String importFile(long school, String token, byte[] fet, boolean apply) throws Exception {
        return mvc.perform(post("/api/v1/schools/{id}/timetable/fet/import", school).param("apply", String.valueOf(apply))
                .with(Demo.bearer(token)).contentType(MediaType.APPLICATION_XML).content(fet))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long staff(long school, String name) {
        return jdbc.sql("select id from registry_staff where school_unit_id = ? and full_name = ?").params(school, name)
            .query(Long.class).single();
    }

    @Test
    void theSchoolsOwnFetFileImportedBackGivesTheSameProblem() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String base = "/api/v1/schools/" + school + "/timetable";
        long manh = staff(school, "Vũ Đình Mạnh");
        mvc.perform(put(base + "/requests/{s}", manh).with(Demo.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unavailable\": [\"T4/SANG\"], \"maxDaysPerWeek\": 5, \"maxPeriodsPerDay\": 4}"))
            .andExpect(status().isNoContent());
        String lesson = JsonPath.<List<String>>read(read(base + "/problem", token), "$.lessons[?(@.subject == 'TOAN')].id").get(0);
        String className = lesson.substring(0, lesson.indexOf('-'));
        long classId = jdbc.sql("select id from registry_class where school_unit_id = ? and name = ?").params(school, className)
            .query(Long.class).single();
        mvc.perform(put(base + "/lessons/{c}/TOAN", classId).with(Demo.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"blocks\": [2, 1, 1]}")).andExpect(status().isNoContent());
        String before = read(base + "/problem", token);
        byte[] fet = mvc.perform(get(base + "/fet").with(Demo.bearer(token))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(fet, StandardCharsets.UTF_8)).startsWith("<?xml").contains("<Teacher>GV" + manh + "</Teacher>");

        // Meanwhile the lesson loses its double period, the teacher's request goes, and the week gains an hour.
        mvc.perform(put(base + "/lessons/{c}/TOAN", classId).with(Demo.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"periodsPerWeek\": 5}")).andExpect(status().isNoContent());
        mvc.perform(put(base + "/requests/{s}", manh).with(Demo.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unavailable\": []}")).andExpect(status().isNoContent());
        mvc.perform(put(base + "/classes/{c}", classId).with(Demo.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"sessions\": [\"SANG\", \"CHIEU\"], \"noGaps\": false}")).andExpect(status().isNoContent());
        String changed = read(base + "/problem", token);
        assertThat(changed).isNotEqualTo(before);

        String plan = importFile(school, token, fet, false);
        assertThat(JsonPath.<List<Object>>read(plan, "$.unmatchedTeachers")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(plan, "$.unmatchedClasses")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(plan, "$.unmatchedSubjects")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(plan, "$.activitiesLeftOut")).isEmpty();
        assertThat(JsonPath.<List<Integer>>read(plan, "$.lessons[?(@.classId == " + classId + " && @.subjectCode == 'TOAN')].periodsPerWeek"))
            .containsExactly(4);
        assertThat(JsonPath.<List<List<String>>>read(plan, "$.requests[?(@.staffId == " + manh + ")].unavailable"))
            .containsExactly(List.of("T4/SANG"));
        // The class's rules come back: mornings only (its afternoons are unavailable every day), without gaps.
        assertThat(JsonPath.<List<List<String>>>read(plan, "$.classRules[?(@.classId == " + classId + ")].sessions"))
            .containsExactly(List.of("SANG"));
        assertThat(JsonPath.<List<Boolean>>read(plan, "$.classRules[?(@.classId == " + classId + ")].noGaps")).containsExactly(true);
        assertThat(JsonPath.<Map<String, Integer>>read(plan, "$.constraintsLeftOut")).doesNotContainKeys(
                "ConstraintStudentsSetMaxGapsPerWeek", "ConstraintStudentsSetNotAvailableTimes",
                "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour");
        assertThat(read(base + "/problem", token)).as("a preview changes nothing").isEqualTo(changed);

        importFile(school, token, fet, true);
        assertThat(read(base + "/problem", token)).isEqualTo(before);
    }

    @Test
    void aClassWhoseAfternoonsAreAllUnavailableStudiesMorningsAndItsOtherHoursOffAreListed() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String className = jdbc.sql("select name from registry_class where school_unit_id = ? order by name limit 1").param(school)
            .query(String.class).single();
        long classId = jdbc.sql("select id from registry_class where school_unit_id = ? and name = ?").params(school, className)
            .query(Long.class).single();
        String off = "<Not_Available_Time><Day>%s</Day><Hour>%s</Hour></Not_Available_Time>";
        String fet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><fet version=\"6.8.5\"><Institution_Name>X</Institution_Name>"
                + "<Days_List><Number_of_Days>2</Number_of_Days><Day><Name>T2</Name></Day><Day><Name>T3</Name></Day></Days_List>"
                + "<Hours_List><Number_of_Hours>2</Number_of_Hours><Hour><Name>SANG 1</Name></Hour><Hour><Name>CHIEU 1</Name></Hour></Hours_List>"
                + "<Subjects_List></Subjects_List><Activity_Tags_List></Activity_Tags_List><Teachers_List></Teachers_List>"
                + "<Students_List><Year><Name>K</Name><Number_of_Students>0</Number_of_Students><Group><Name>" + className
                + "</Name><Number_of_Students>0</Number_of_Students></Group></Year></Students_List>"
                + "<Activities_List></Activities_List><Buildings_List></Buildings_List><Rooms_List></Rooms_List><Time_Constraints_List>"
                + "<ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsoryTime>"
                + "<ConstraintStudentsSetNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Students>" + className
                + "</Students><Number_of_Not_Available_Times>3</Number_of_Not_Available_Times>" + off.formatted("T2", "CHIEU 1")
                + off.formatted("T3", "CHIEU 1") + off.formatted("T3", "SANG 1") + "<Active>true</Active></ConstraintStudentsSetNotAvailableTimes>"
                + "</Time_Constraints_List><Space_Constraints_List></Space_Constraints_List></fet>";

        String plan = importFile(school, token, fet.getBytes(StandardCharsets.UTF_8), false);
        assertThat(JsonPath.<List<List<String>>>read(plan, "$.classRules[?(@.classId == " + classId + ")].sessions"))
            .containsExactly(List.of("SANG"));
        assertThat(JsonPath.<List<Boolean>>read(plan, "$.classRules[?(@.classId == " + classId + ")].noGaps")).containsExactly(false);
        // Thứ 3's first morning hour off has no counterpart in EduVN's class rules: the constraint is listed.
        assertThat(JsonPath.<Map<String, Integer>>read(plan, "$.constraintsLeftOut")).containsEntry("ConstraintStudentsSetNotAvailableTimes", 1);
    }

    @Test
    void whatDoesNotMatchTheSchoolIsNamedAndLeftOut() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String before = read("/api/v1/schools/" + school + "/timetable/problem", token);
        String plan = importFile(school, token, strangerFile().getBytes(StandardCharsets.UTF_8), false);

        assertThat(JsonPath.<List<String>>read(plan, "$.unmatchedTeachers")).containsExactly("Cô Người Lạ");
        assertThat(JsonPath.<List<String>>read(plan, "$.unmatchedClasses")).containsExactly("9Z");
        assertThat(JsonPath.<List<String>>read(plan, "$.unmatchedSubjects")).containsExactly("Thiên văn");
        assertThat(JsonPath.<List<Integer>>read(plan, "$.activitiesLeftOut")).containsExactly(1, 2, 3);
        assertThat(JsonPath.<List<Object>>read(plan, "$.lessons")).isEmpty();
        assertThat(JsonPath.<Boolean>read(plan, "$.saturday")).isFalse();
        assertThat(JsonPath.<Map<String, Integer>>read(plan, "$.constraintsLeftOut")).containsEntry("ConstraintTeacherMaxDaysPerWeek", 1);
        assertThat(read("/api/v1/schools/" + school + "/timetable/problem", token)).isEqualTo(before);

        String refused = mvc.perform(post("/api/v1/schools/{id}/timetable/fet/import", school).with(Demo.bearer(token)).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_XML).content("Thứ 2: Toán"))
            .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Tệp không phải XML hợp lệ");
        if (jdbc.sql("select count(*) from identity_account where username = 'giaovu2fet'").query(Integer.class).single() == 0) {
            demo.createAccount(mvc, "giaovu2fet", "CLERK", school);
        }
        // The clerk keeps the timetable's data but not the teaching assignments an import changes.
        for (String user : List.of("giaovien2", "giaovu2fet")) {
            mvc.perform(post("/api/v1/schools/{id}/timetable/fet/import", school).with(Demo.bearer(demo.token(mvc, user)))
                    .contentType(MediaType.APPLICATION_XML).content(strangerFile())).andExpect(status().isForbidden());
        }
    }

    @Test
    void thePrincipalPreviewsTheImportOnThePageAndConfirmsIt() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        byte[] fet = mvc.perform(get("/schools/{id}/timetable/fet/export", school).with(demo.as("hieutruong2")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String fetPage = mvc.perform(get("/schools/{id}/timetable/fet", school).with(demo.as("hieutruong2")))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fetPage).contains("id=\"fet-import-form\"", "id=\"fet-export\"");
        long lessons = JsonPath.<List<Object>>read(read("/api/v1/schools/" + school + "/timetable/problem", token),
                "$.lessons[?(@.subject != 'CHAO_CO' && @.subject != 'SINH_HOAT_LOP')]").size();

        MockHttpSession session = new MockHttpSession();
        String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/schools/{id}/timetable/fet/import", school)
                .file(new MockMultipartFile("file", "truong.fet", "application/xml", fet)).session(session)
                .with(demo.as("hieutruong2")).with(csrf()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("id=\"fet-import-plan\"", "Tệp truong.fet: " + lessons + " môn học của lớp",
                "id=\"fet-import-apply\"").doesNotContain("id=\"fet-import-unmatched\"");
        assertThat(jdbc.sql("select count(*) from timetable_lesson_setting").query(Integer.class).single()).isZero();

        mvc.perform(post("/schools/{id}/timetable/fet/import/apply", school).session(session).with(demo.as("hieutruong2")).with(csrf()))
            .andExpect(redirectedUrl("/schools/" + school + "/timetable/lessons"))
            .andExpect(flash().attribute("success", "timetable.fetImported"));
        assertThat(jdbc.sql("select count(*) from timetable_lesson_setting where school_unit_id = ?").param(school)
            .query(Integer.class).single()).isEqualTo((int) lessons);
        // The plan is used once: a second confirmation asks for the file again.
        mvc.perform(post("/schools/{id}/timetable/fet/import/apply", school).session(session).with(demo.as("hieutruong2")).with(csrf()))
            .andExpect(flash().attribute("failure", "timetable.fetImportExpired"));
    }

    private static String strangerFile() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="6.8.5">
                <Institution_Name>Trường khác</Institution_Name>
                <Days_List><Number_of_Days>5</Number_of_Days><Day><Name>Thứ 2</Name></Day><Day><Name>Thứ 3</Name></Day>
                <Day><Name>Thứ 4</Name></Day><Day><Name>Thứ 5</Name></Day><Day><Name>Thứ 6</Name></Day></Days_List>
                <Hours_List><Number_of_Hours>5</Number_of_Hours><Hour><Name>T1</Name></Hour><Hour><Name>T2</Name></Hour>
                <Hour><Name>T3</Name></Hour><Hour><Name>T4</Name></Hour><Hour><Name>T5</Name></Hour></Hours_List>
                <Subjects_List><Subject><Name>Toán</Name></Subject><Subject><Name>Thiên văn</Name></Subject></Subjects_List>
                <Activity_Tags_List></Activity_Tags_List>
                <Teachers_List><Teacher><Name>Cô Người Lạ</Name></Teacher><Teacher><Name>Vũ Đình Mạnh</Name></Teacher></Teachers_List>
                <Students_List><Year><Name>9Z</Name><Number_of_Students>0</Number_of_Students></Year>
                <Year><Name>6A1</Name><Number_of_Students>0</Number_of_Students></Year></Students_List>
                <Activities_List>
                <Activity><Teacher>Cô Người Lạ</Teacher><Subject>Toán</Subject><Students>6A1</Students><Duration>1</Duration>
                <Total_Duration>1</Total_Duration><Id>1</Id><Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
                <Activity><Teacher>Vũ Đình Mạnh</Teacher><Subject>Toán</Subject><Students>9Z</Students><Duration>1</Duration>
                <Total_Duration>1</Total_Duration><Id>2</Id><Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
                <Activity><Teacher>Vũ Đình Mạnh</Teacher><Subject>Thiên văn</Subject><Students>6A1</Students><Duration>1</Duration>
                <Total_Duration>1</Total_Duration><Id>3</Id><Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
                </Activities_List>
                <Buildings_List></Buildings_List><Rooms_List></Rooms_List>
                <Time_Constraints_List>
                <ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsoryTime>
                <ConstraintTeacherMaxDaysPerWeek><Weight_Percentage>100</Weight_Percentage><Teacher_Name>Cô Người Lạ</Teacher_Name>
                <Max_Days_Per_Week>3</Max_Days_Per_Week><Active>true</Active></ConstraintTeacherMaxDaysPerWeek>
                </Time_Constraints_List>
                <Space_Constraints_List></Space_Constraints_List>
                </fet>
                """;
    }
}
