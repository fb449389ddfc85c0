package vn.eduvn.assessment.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * The principal and the clerk read their school's academic work: mark-entry progress by class, subject and teacher,
 * every class's results and gradebooks (without changing them), attendance of a day; the Department reads each
 * school's figures; another school's principal reads none of it.
 */
@EduVnTest
class SchoolAcademicsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Test
    void thePrincipalSeesMarkEntryProgressResultsAndAttendanceOfTheSchool() throws Exception {
        long school = demo.school2().id();
        String progress = page("/schools/" + school + "/academics?term=1", "hieutruong2");
        assertThat(progress)
                .contains("Tiến độ nhập điểm", "Theo giáo viên", "Nguyễn Văn Tiến", "6A1", "Toán", "điểm (");
        String results = page("/schools/" + school + "/academics?tab=results&term=1", "hieutruong2");
        assertThat(results).contains("Theo khối", "Khối 6", "6A2");
        assertThat(page("/schools/" + school + "/academics?tab=attendance", "hieutruong2"))
                .contains("Chuyên cần", "6A1");
        assertThat(page("/schools/" + demo.school1().id() + "/academics?tab=results&term=1", "giaovu1"))
                .contains("Khối 1", "Kết quả giáo dục", "1A1");
    }

    @Test
    void leadersReadEveryClassAndGradebookButCannotChangeThem() throws Exception {
        long classId = classOf("giaovien2", "6A2");
        String results = page("/homeroom/" + classId + "?term=1", "hieutruong2");
        assertThat(results)
                .contains("Tổng hợp kết quả", "6A2")
                .doesNotContain("id=\"conduct-", "/homeroom/" + classId + "/conduct");
        String book = page("/gradebook?classId=" + classId + "&subject=TOAN&term=1", "hieutruong2");
        assertThat(book).contains("Chế độ xem", "readonly").doesNotContain("gradebook.js");
        mvc.perform(get("/homeroom/{c}", classId).param("term", "1").with(demo.as("hieutruong1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/gradebook")
                        .param("classId", String.valueOf(classId))
                        .param("subject", "TOAN")
                        .with(demo.as("hieutruong1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/schools/{id}/academics", demo.school2().id()).with(demo.as("hieutruong1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/schools/{id}/academics", demo.school1().id()).with(demo.as("giaovien1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDepartmentReadsEverySchoolsFigures() throws Exception {
        String schools = page("/units/" + demo.department().id() + "/academics?term=1", "sogd");
        assertThat(schools)
                .contains(
                        "Học tập của các trường",
                        demo.school1().name(),
                        demo.school2().name());
        mvc.perform(get("/units/{id}/academics", demo.otherDepartment().id()).with(demo.as("sogd")))
                .andExpect(status().isNotFound());
    }

    private long classOf(String teacher, String className) throws Exception {
        String mine = mvc.perform(get("/api/v1/me/teaching-assignments").with(Demo.bearer(demo.token(mvc, teacher))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Number> ids = JsonPath.read(mine, "$[?(@.className == '" + className + "')].classId");
        return ids.get(0).longValue();
    }

    private String page(String path, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(demo.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
