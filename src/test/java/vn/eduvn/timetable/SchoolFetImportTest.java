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

import com.jayway.jsonpath.JsonPath;
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
        jdbc.sql("delete from timetable_room where code in ('PHONG_TIN', 'PHONG_MAY')")
                .update();
        jdbc.sql("delete from timetable_class_rule").update();
        jdbc.sql("delete from timetable_fixed_period").update();
    }

    private String read(String path, String token) throws Exception {
        return mvc.perform(get(path).with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String importFile(long school, String token, byte[] fet, boolean apply) throws Exception {
        return mvc.perform(post("/api/v1/schools/{id}/timetable/fet/import", school)
                        .param("apply", String.valueOf(apply))
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_XML)
                        .content(fet))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long staff(long school, String name) {
        return jdbc.sql("select id from registry_staff where school_unit_id = ? and full_name = ?")
                .params(school, name)
                .query(Long.class)
                .single();
    }

    @Test
    void theSchoolsOwnFetFileImportedBackGivesTheSameProblem() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String base = "/api/v1/schools/" + school + "/timetable";
        long manh = staff(school, "Vũ Đình Mạnh");
        mvc.perform(put(base + "/requests/{s}", manh)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unavailable\": [\"T4/SANG\"], \"maxDaysPerWeek\": 5, \"maxPeriodsPerDay\": 4}"))
                .andExpect(status().isNoContent());
        String lesson = JsonPath.<List<String>>read(
                        read(base + "/problem", token), "$.lessons[?(@.subject == 'TOAN')].id")
                .get(0);
        String className = lesson.substring(0, lesson.indexOf('-'));
        long classId = vn.eduvn.SchoolClasses.id(mvc, demo, school, className);
        mvc.perform(put(base + "/rooms/PHONG_TIN")
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Phòng Tin học\", \"capacity\": 2}"))
                .andExpect(status().isNoContent());
        mvc.perform(put(base + "/lessons/{c}/TOAN", classId)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"blocks\": [2, 1, 1], \"room\": \"PHONG_TIN\"}"))
                .andExpect(status().isNoContent());
        // Sinh hoạt lớp on Friday's fourth period instead of the week's last.
        mvc.perform(put(base + "/week")
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"saturday\": true, \"morningPeriods\": 5, \"afternoonPeriods\": 5, \"flagDay\": \"T2\", \"flagPeriod\": 1,"
                                        + " \"meetingDay\": \"T6\", \"meetingPeriod\": 4}"))
                .andExpect(status().isNoContent());
        // PE fixed on Tuesday's second period (the sports ground).
        String fixedPe = mvc.perform(
                        post(base + "/fixed")
                                .with(Demo.bearer(token))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"classId\": " + classId
                                                + ", \"subjectCode\": \"GDTC\", \"day\": \"T3\", \"session\": \"SANG\", \"period\": 2}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String before = read(base + "/problem", token);
        String weekBefore = read(base + "/week", token);
        byte[] fet = mvc.perform(get(base + "/fet").with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(fet, StandardCharsets.UTF_8))
                .startsWith("<?xml")
                .contains("<Teacher>GV" + manh + "</Teacher>");

        // Meanwhile the lesson loses its double period and its room, the teacher's request goes, the class studies all
        // day, and chào cờ and sinh hoạt lớp move.
        mvc.perform(put(base + "/lessons/{c}/TOAN", classId)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodsPerWeek\": 5}"))
                .andExpect(status().isNoContent());
        mvc.perform(put(base + "/week")
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"saturday\": true, \"morningPeriods\": 5, \"afternoonPeriods\": 5, \"flagDay\": \"T3\", \"flagPeriod\": 1,"
                                        + " \"meetingDay\": \"T7\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                base + "/fixed/{f}", ((Number) JsonPath.read(fixedPe, "$.id")).longValue())
                        .with(Demo.bearer(token)))
                .andExpect(status().isNoContent());
        mvc.perform(put(base + "/requests/{s}", manh)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unavailable\": []}"))
                .andExpect(status().isNoContent());
        mvc.perform(put(base + "/classes/{c}", classId)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sessions\": [\"SANG\", \"CHIEU\"], \"noGaps\": false}"))
                .andExpect(status().isNoContent());
        String changed = read(base + "/problem", token);
        assertThat(changed).isNotEqualTo(before);

        String plan = importFile(school, token, fet, false);
        assertThat(JsonPath.<List<Object>>read(plan, "$.unmatchedTeachers")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(plan, "$.unmatchedClasses")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(plan, "$.unmatchedSubjects")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(plan, "$.activitiesLeftOut")).isEmpty();
        assertThat(JsonPath.<List<Integer>>read(
                        plan, "$.lessons[?(@.classId == " + classId + " && @.subjectCode == 'TOAN')].periodsPerWeek"))
                .containsExactly(4);
        assertThat(JsonPath.<List<List<String>>>read(plan, "$.requests[?(@.staffId == " + manh + ")].unavailable"))
                .containsExactly(List.of("T4/SANG"));
        // The class's rules come back: mornings only (its afternoons are unavailable every day), without gaps.
        assertThat(JsonPath.<List<List<String>>>read(plan, "$.classRules[?(@.classId == " + classId + ")].sessions"))
                .containsExactly(List.of("SANG"));
        assertThat(JsonPath.<List<Boolean>>read(plan, "$.classRules[?(@.classId == " + classId + ")].noGaps"))
                .containsExactly(true);
        // Its room comes back, a room for two classes at once (the export wrote it as PHONG_TIN#1 and #2), and so
        // do the fixed periods' places.
        assertThat(JsonPath.<List<String>>read(
                        plan, "$.lessons[?(@.classId == " + classId + " && @.subjectCode == 'TOAN')].room"))
                .containsExactly("PHONG_TIN");
        assertThat(JsonPath.<List<Integer>>read(plan, "$.rooms[?(@.code == 'PHONG_TIN')].capacity"))
                .containsExactly(2);
        assertThat(JsonPath.<Map<String, Object>>read(plan, "$.flag"))
                .containsEntry("day", "T2")
                .containsEntry("period", 1);
        assertThat(JsonPath.<Map<String, Object>>read(plan, "$.meeting"))
                .containsEntry("day", "T6")
                .containsEntry("period", 4);
        assertThat(JsonPath.<List<Map<String, Object>>>read(plan, "$.fixedPeriods"))
                .singleElement()
                .satisfies(f -> assertThat(f)
                        .containsEntry("subjectCode", "GDTC")
                        .containsEntry("day", "T3")
                        .containsEntry("session", "SANG")
                        .containsEntry("period", 2));
        assertThat(JsonPath.<Map<String, Integer>>read(plan, "$.constraintsLeftOut"))
                .doesNotContainKeys(
                        "ConstraintStudentsSetMaxGapsPerWeek",
                        "ConstraintStudentsSetNotAvailableTimes",
                        "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour",
                        "ConstraintActivityPreferredStartingTime",
                        "ConstraintActivityPreferredRooms");
        assertThat(read(base + "/problem", token))
                .as("a preview changes nothing")
                .isEqualTo(changed);

        importFile(school, token, fet, true);
        assertThat(read(base + "/problem", token)).isEqualTo(before);
        assertThat(read(base + "/week", token)).isEqualTo(weekBefore);
        assertThat(JsonPath.<List<String>>read(read(base + "/rooms", token), "$[?(@.code == 'PHONG_TIN')].name"))
                .as("the room keeps the name the school gave it")
                .containsExactly("Phòng Tin học");
    }

    @Test
    void anotherSchoolsFileBringsItsComputerRoomsAndTheTimesOfChaoCoAndSinhHoatLop() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String base = "/api/v1/schools/" + school + "/timetable";
        // The file's Tin học teacher is the school's own, for two of the classes they teach it in.
        long tinTeacher = jdbc.sql("""
                select staff_id from registry_teaching_assignment where school_unit_id = ? and subject_code = 'TIN_HOC'
                group by staff_id having count(*) >= 2 order by staff_id limit 1""").param(school).query(Long.class).single();
        String teacher = jdbc.sql("select full_name from registry_staff where id = ?")
                .param(tinTeacher)
                .query(String.class)
                .single();
        List<String> names = jdbc.sql("""
                select c.name from registry_teaching_assignment a join registry_class c on c.id = a.class_id
                where a.staff_id = ? and a.subject_code = 'TIN_HOC' order by c.name limit 2""").param(tinTeacher).query(String.class).list();
        // As THPT Lê Quý Đôn's files do: chào cờ and SHL placed for the whole school by subject, Saturday's
        // fourth hour for SHL; Tin học in one of two computer rooms; a home room EduVN has no counterpart for.
        StringBuilder activities = new StringBuilder();
        int id = 1;
        for (String c : names) {
            for (String subject : List.of("Chào cờ", "SHL", "Tin học")) {
                activities
                        .append("<Activity><Teacher>")
                        .append(teacher)
                        .append("</Teacher><Subject>")
                        .append(subject)
                        .append("</Subject><Students>")
                        .append(c)
                        .append("</Students><Duration>1</Duration><Total_Duration>1</Total_Duration><Id>")
                        .append(id)
                        .append("</Id><Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>");
                id++;
            }
        }
        String slot =
                "<ConstraintActivitiesPreferredTimeSlots><Weight_Percentage>100</Weight_Percentage><Teacher_Name></Teacher_Name>"
                        + "<Students_Name></Students_Name><Subject_Name>%s</Subject_Name><Activity_Tag_Name></Activity_Tag_Name><Duration></Duration>"
                        + "<Number_of_Preferred_Time_Slots>1</Number_of_Preferred_Time_Slots><Preferred_Time_Slot><Preferred_Day>%s</Preferred_Day>"
                        + "<Preferred_Hour>%s</Preferred_Hour></Preferred_Time_Slot><Active>true</Active></ConstraintActivitiesPreferredTimeSlots>";
        StringBuilder days = new StringBuilder();
        for (int d = 2; d <= 7; d++) {
            days.append("<Day><Name>Thứ ").append(d).append("</Name></Day>");
        }
        StringBuilder hours = new StringBuilder();
        for (int h = 1; h <= 5; h++) {
            hours.append("<Hour><Name>T").append(h).append("</Name></Hour>");
        }
        String fet =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><fet version=\"5.18.0\"><Institution_Name>THPT</Institution_Name>"
                        + "<Days_List><Number_of_Days>6</Number_of_Days>" + days + "</Days_List>"
                        + "<Hours_List><Number_of_Hours>5</Number_of_Hours>" + hours + "</Hours_List>"
                        + "<Subjects_List><Subject><Name>Chào cờ</Name></Subject><Subject><Name>SHL</Name></Subject><Subject><Name>Tin học</Name>"
                        + "</Subject></Subjects_List><Activity_Tags_List></Activity_Tags_List><Teachers_List><Teacher><Name>"
                        + teacher
                        + "</Name></Teacher></Teachers_List><Students_List><Year><Name>K</Name><Number_of_Students>0</Number_of_Students>"
                        + names.stream()
                                .map(c -> "<Group><Name>" + c
                                        + "</Name><Number_of_Students>0</Number_of_Students></Group>")
                                .reduce("", String::concat)
                        + "</Year></Students_List><Activities_List>" + activities
                        + "</Activities_List><Buildings_List></Buildings_List>"
                        + "<Rooms_List><Room><Name>Phòng máy 1</Name><Capacity>45</Capacity></Room><Room><Name>Phòng máy 2</Name><Capacity>45</Capacity></Room>"
                        + "<Room><Name>P101</Name><Capacity>45</Capacity></Room></Rooms_List><Time_Constraints_List>"
                        + "<ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsoryTime>"
                        + slot.formatted("SHL", "Thứ 7", "T4") + slot.formatted("Chào cờ", "Thứ 2", "T1")
                        + "</Time_Constraints_List><Space_Constraints_List>"
                        + "<ConstraintBasicCompulsorySpace><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsorySpace>"
                        + "<ConstraintSubjectPreferredRooms><Weight_Percentage>100</Weight_Percentage><Subject>Tin học</Subject>"
                        + "<Number_of_Preferred_Rooms>2</Number_of_Preferred_Rooms><Preferred_Room>Phòng máy 1</Preferred_Room>"
                        + "<Preferred_Room>Phòng máy 2</Preferred_Room><Active>true</Active></ConstraintSubjectPreferredRooms>"
                        + "<ConstraintStudentsSetHomeRoom><Weight_Percentage>100</Weight_Percentage><Students>"
                        + names.get(0)
                        + "</Students><Room>P101</Room><Active>true</Active></ConstraintStudentsSetHomeRoom>"
                        + "</Space_Constraints_List></fet>";
        byte[] bytes = fet.getBytes(StandardCharsets.UTF_8);

        String plan = importFile(school, token, bytes, false);
        assertThat(JsonPath.<Map<String, Object>>read(plan, "$.flag"))
                .containsEntry("day", "T2")
                .containsEntry("period", 1);
        assertThat(JsonPath.<Map<String, Object>>read(plan, "$.meeting"))
                .containsEntry("day", "T7")
                .containsEntry("period", 4);
        assertThat(JsonPath.<List<Map<String, Object>>>read(plan, "$.rooms"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("code", "PHONG_MAY")
                        .containsEntry("name", "Phòng máy 1, Phòng máy 2")
                        .containsEntry("capacity", 2));
        assertThat(JsonPath.<List<String>>read(plan, "$.lessons[?(@.subjectCode == 'TIN_HOC')].room"))
                .containsExactly("PHONG_MAY", "PHONG_MAY");
        Map<String, Integer> leftOut = JsonPath.read(plan, "$.constraintsLeftOut");
        assertThat(leftOut)
                .containsEntry("ConstraintStudentsSetHomeRoom", 1)
                .doesNotContainKeys("ConstraintActivitiesPreferredTimeSlots", "ConstraintSubjectPreferredRooms");

        // The preview page says where the fixed periods go and which rooms come in, then the import writes them.
        MockHttpSession session = new MockHttpSession();
        String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/schools/{id}/timetable/fet/import", school)
                        .file(new MockMultipartFile("file", "thpt.fet", "application/xml", bytes))
                        .session(session)
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page)
                .contains("Sinh hoạt lớp vào T7, Tiết 4", "Chào cờ vào T2, Tiết 1", "Phòng máy 1, Phòng máy 2")
                .contains("phòng học chính");
        mvc.perform(post("/schools/{id}/timetable/fet/import/apply", school)
                        .session(session)
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String week = read(base + "/week", token);
        assertThat(JsonPath.<String>read(week, "$.meetingDay")).isEqualTo("T7");
        assertThat(JsonPath.<Integer>read(week, "$.meetingPeriod")).isEqualTo(4);
        assertThat(JsonPath.<List<Integer>>read(read(base + "/rooms", token), "$[?(@.code == 'PHONG_MAY')].capacity"))
                .containsExactly(2);
        assertThat(JsonPath.<List<String>>read(
                        read(base + "/problem", token),
                        "$.lessons[?(@.class == '" + names.get(0) + "' && @.subject == 'TIN_HOC')].room"))
                .containsExactly("PHONG_MAY");
    }

    @Test
    void aClassWhoseAfternoonsAreAllUnavailableStudiesMorningsAndItsOtherHoursOffAreListed() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String className = jdbc.sql("select name from registry_class where school_unit_id = ? order by name limit 1")
                .param(school)
                .query(String.class)
                .single();
        long classId = vn.eduvn.SchoolClasses.id(mvc, demo, school, className);
        String off = "<Not_Available_Time><Day>%s</Day><Hour>%s</Hour></Not_Available_Time>";
        String fet =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><fet version=\"6.8.5\"><Institution_Name>X</Institution_Name>"
                        + "<Days_List><Number_of_Days>2</Number_of_Days><Day><Name>T2</Name></Day><Day><Name>T3</Name></Day></Days_List>"
                        + "<Hours_List><Number_of_Hours>2</Number_of_Hours><Hour><Name>SANG 1</Name></Hour><Hour><Name>CHIEU 1</Name></Hour></Hours_List>"
                        + "<Subjects_List></Subjects_List><Activity_Tags_List></Activity_Tags_List><Teachers_List></Teachers_List>"
                        + "<Students_List><Year><Name>K</Name><Number_of_Students>0</Number_of_Students><Group><Name>"
                        + className
                        + "</Name><Number_of_Students>0</Number_of_Students></Group></Year></Students_List>"
                        + "<Activities_List></Activities_List><Buildings_List></Buildings_List><Rooms_List></Rooms_List><Time_Constraints_List>"
                        + "<ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsoryTime>"
                        + "<ConstraintStudentsSetNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Students>"
                        + className
                        + "</Students><Number_of_Not_Available_Times>3</Number_of_Not_Available_Times>"
                        + off.formatted("T2", "CHIEU 1")
                        + off.formatted("T3", "CHIEU 1") + off.formatted("T3", "SANG 1")
                        + "<Active>true</Active></ConstraintStudentsSetNotAvailableTimes>"
                        + "</Time_Constraints_List><Space_Constraints_List></Space_Constraints_List></fet>";

        String plan = importFile(school, token, fet.getBytes(StandardCharsets.UTF_8), false);
        assertThat(JsonPath.<List<List<String>>>read(plan, "$.classRules[?(@.classId == " + classId + ")].sessions"))
                .containsExactly(List.of("SANG"));
        assertThat(JsonPath.<List<Boolean>>read(plan, "$.classRules[?(@.classId == " + classId + ")].noGaps"))
                .containsExactly(false);
        // Thứ 3's first morning hour off has no counterpart in EduVN's class rules: the constraint is listed.
        assertThat(JsonPath.<Map<String, Integer>>read(plan, "$.constraintsLeftOut"))
                .containsEntry("ConstraintStudentsSetNotAvailableTimes", 1);
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
        assertThat(JsonPath.<Map<String, Integer>>read(plan, "$.constraintsLeftOut"))
                .containsEntry("ConstraintTeacherMaxDaysPerWeek", 1);
        assertThat(read("/api/v1/schools/" + school + "/timetable/problem", token))
                .isEqualTo(before);

        String refused = mvc.perform(post("/api/v1/schools/{id}/timetable/fet/import", school)
                        .with(Demo.bearer(token))
                        .accept(MediaType.APPLICATION_JSON)
                        .contentType(MediaType.APPLICATION_XML)
                        .content("Thứ 2: Toán"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Tệp không phải XML hợp lệ");
        if (jdbc.sql("select count(*) from identity_account where username = 'giaovu2fet'")
                        .query(Integer.class)
                        .single()
                == 0) {
            demo.createAccount(mvc, "giaovu2fet", "CLERK", school);
        }
        // The clerk keeps the timetable's data but not the teaching assignments an import changes.
        for (String user : List.of("giaovien2", "giaovu2fet")) {
            mvc.perform(post("/api/v1/schools/{id}/timetable/fet/import", school)
                            .with(Demo.bearer(demo.token(mvc, user)))
                            .contentType(MediaType.APPLICATION_XML)
                            .content(strangerFile()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void thePrincipalPreviewsTheImportOnThePageAndConfirmsIt() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        byte[] fet = mvc.perform(
                        get("/schools/{id}/timetable/fet/export", school).with(demo.as("hieutruong2")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String fetPage = mvc.perform(get("/schools/{id}/timetable/fet", school).with(demo.as("hieutruong2")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fetPage).contains("id=\"fet-import-form\"", "id=\"fet-export\"");
        long lessons = JsonPath.<List<Object>>read(
                        read("/api/v1/schools/" + school + "/timetable/problem", token),
                        "$.lessons[?(@.subject != 'CHAO_CO' && @.subject != 'SINH_HOAT_LOP')]")
                .size();

        MockHttpSession session = new MockHttpSession();
        String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/schools/{id}/timetable/fet/import", school)
                        .file(new MockMultipartFile("file", "truong.fet", "application/xml", fet))
                        .session(session)
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page)
                .contains(
                        "id=\"fet-import-plan\"",
                        "Tệp truong.fet: " + lessons + " môn học của lớp",
                        "id=\"fet-import-apply\"")
                .doesNotContain("id=\"fet-import-unmatched\"");
        assertThat(jdbc.sql("select count(*) from timetable_lesson_setting")
                        .query(Integer.class)
                        .single())
                .isZero();

        mvc.perform(post("/schools/{id}/timetable/fet/import/apply", school)
                        .session(session)
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/schools/" + school + "/timetable/lessons"))
                .andExpect(flash().attribute("success", "timetable.fetImported"));
        assertThat(jdbc.sql("select count(*) from timetable_lesson_setting where school_unit_id = ?")
                        .param(school)
                        .query(Integer.class)
                        .single())
                .isEqualTo((int) lessons);
        // The plan is used once: a second confirmation asks for the file again.
        mvc.perform(post("/schools/{id}/timetable/fet/import/apply", school)
                        .session(session)
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
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
