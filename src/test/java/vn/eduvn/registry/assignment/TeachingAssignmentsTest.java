package vn.eduvn.registry.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** The principal opens classes, names homeroom teachers and assigns subjects to teachers. */
@EduVnTest
class TeachingAssignmentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoSchoolAlreadyHasHomeroomTeachersAndAssignments() throws Exception {
        String classes = api("/api/v1/schools/{id}/classes", "hieutruong1");
        List<String> homerooms = JsonPath.read(classes, "$[?(@.name == '1A1')].homeroomName");
        assertThat(homerooms).containsExactly("Lê Minh Đức");
        String assignments = api("/api/v1/schools/{id}/teaching-assignments", "giaovu1");
        List<Object> maths =
                JsonPath.read(assignments, "$[?(@.className == '1A1' && @.subjectCode == 'TOAN')].periodsPerWeek");
        assertThat(maths).hasSize(1);
        assertThat(maths.get(0).toString()).isEqualTo("3.0");
    }

    @Test
    void aSubjectTakesTheProgrammesWeeklyPeriodsUnlessTheyAreGiven() throws Exception {
        long classId = openClass("2T1");
        long teacher = staffId("Lê Minh Đức");
        mvc.perform(post("/schools/{id}/assignments", demo.school1().id())
                        .with(demo.as("hieutruong1"))
                        .with(csrf())
                        .param("classId", String.valueOf(classId))
                        .param("subjectCode", "TIENG_VIET")
                        .param("staffId", String.valueOf(teacher)))
                .andExpect(status().is3xxRedirection());
        assertThat(periods(classId, "TIENG_VIET")).isEqualTo("10.0");
        mvc.perform(post("/schools/{id}/assignments", demo.school1().id())
                        .with(demo.as("hieutruong1"))
                        .with(csrf())
                        .param("classId", String.valueOf(classId))
                        .param("subjectCode", "TIENG_VIET")
                        .param("staffId", String.valueOf(teacher))
                        .param("periodsPerWeek", "9.5"))
                .andExpect(status().is3xxRedirection());
        assertThat(periods(classId, "TIENG_VIET")).isEqualTo("9.5");
        assertThat(jdbc.sql("select count(*) from registry_teaching_assignment where class_id = ?")
                        .param(classId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSubjectOutsideTheGradesProgrammeIsRefused() throws Exception {
        long classId = openClass("1T2");
        mvc.perform(post("/schools/{id}/assignments", demo.school1().id())
                        .with(demo.as("hieutruong1"))
                        .with(csrf())
                        .param("classId", String.valueOf(classId))
                        .param("subjectCode", "KHTN")
                        .param("staffId", String.valueOf(staffId("Lê Minh Đức"))))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Môn &quot;KHTN&quot; không có trong chương trình khối 1.")));
    }

    @Test
    void classesMustFitTheSchoolsLevelAndNotRepeat() throws Exception {
        mvc.perform(post("/schools/{id}/classes", demo.school1().id())
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("name", "6A9")
                        .param("sessionsPerDay", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lớp &quot;6A9&quot; không thuộc cấp học của trường.")));
        openClass("4T3");
        mvc.perform(post("/schools/{id}/classes", demo.school1().id())
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("name", "4T3")
                        .param("sessionsPerDay", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lớp &quot;4T3&quot; đã có trong năm học này.")));
    }

    @Test
    void onlyThePrincipalAssignsAndNamesHomeroomTeachers() throws Exception {
        long classId = openClass("3T4");
        long teacher = staffId("Lê Minh Đức");
        mvc.perform(post("/schools/{id}/assignments", demo.school1().id())
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("classId", String.valueOf(classId))
                        .param("subjectCode", "TOAN")
                        .param("staffId", String.valueOf(teacher)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/schools/{id}/classes/{c}/homeroom", demo.school1().id(), classId)
                        .with(demo.as("giaovien1"))
                        .with(csrf())
                        .param("staffId", String.valueOf(teacher)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/schools/{id}/classes/{c}/homeroom", demo.school1().id(), classId)
                        .with(demo.as("hieutruong1"))
                        .with(csrf())
                        .param("staffId", String.valueOf(teacher)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select homeroom_staff_id from registry_class where id = ?")
                        .param(classId)
                        .query(Long.class)
                        .single())
                .isEqualTo(teacher);
    }

    @Test
    void aStaffRecordIsValidatedAndFoundWithoutDiacritics() throws Exception {
        mvc.perform(post("/schools/{id}/staff", demo.school1().id())
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("personalId", "12345")
                        .param("fullName", "Quách Thị Duyên")
                        .param("birthDate", "1990-02-03")
                        .param("gender", "FEMALE")
                        .param("position", "GIAO_VIEN")
                        .param("qualification", "DAI_HOC_SU_PHAM")
                        .param("titleRank", "HANG_III")
                        .param("mainSubject", "TOAN")
                        .param("contractType", "VIEN_CHUC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã định danh gồm đúng 12 chữ số.")))
                .andExpect(content().string(containsString("value=\"12345\"")));
        mvc.perform(post("/schools/{id}/staff", demo.school1().id())
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("personalId", "001190123456")
                        .param("fullName", "Quách Thị Duyên")
                        .param("birthDate", "1990-02-03")
                        .param("gender", "FEMALE")
                        .param("position", "GIAO_VIEN")
                        .param("qualification", "DAI_HOC_SU_PHAM")
                        .param("titleRank", "HANG_III")
                        .param("mainSubject", "TOAN")
                        .param("contractType", "VIEN_CHUC"))
                .andExpect(status().is3xxRedirection());
        String staff = api("/api/v1/schools/{id}/staff?q=quach thi duyen", "hieutruong1");
        assertThat((List<String>) JsonPath.read(staff, "$[*].fullName")).containsExactly("Quách Thị Duyên");
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/schools/{id}/staff", demo.school1().id()).with(demo.as("sogd")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page).contains("Quách Thị Duyên", "Đại học sư phạm").doesNotContain("id=\"staff-form\"");
    }

    private long openClass(String name) throws Exception {
        mvc.perform(post("/schools/{id}/classes", demo.school1().id())
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("name", name)
                        .param("sessionsPerDay", "2"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from registry_class where school_unit_id = ? and name = ?")
                .params(demo.school1().id(), name)
                .query(Long.class)
                .single();
    }

    private long staffId(String name) {
        return jdbc.sql("select id from registry_staff where school_unit_id = ? and full_name = ?")
                .params(demo.school1().id(), name)
                .query(Long.class)
                .single();
    }

    private String periods(long classId, String subject) {
        return jdbc.sql(
                        "select periods_per_week from registry_teaching_assignment where class_id = ? and subject_code = ?")
                .params(classId, subject)
                .query(java.math.BigDecimal.class)
                .single()
                .toPlainString();
    }

    private String api(String path, String user) throws Exception {
        return mvc.perform(get(path, demo.school1().id()).with(Demo.bearer(demo.token(mvc, user))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
