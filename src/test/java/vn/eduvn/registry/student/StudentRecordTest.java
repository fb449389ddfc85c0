package vn.eduvn.registry.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** The clerk keeps one student's whole record and the steps of their school life. */
@EduVnTest
class StudentRecordTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    private String record(
            String personalId,
            String fullName,
            String birthDate,
            String gender,
            Long classId,
            String motherPhone,
            String email) {
        return """
                {"personalId": "%s", "fullName": "%s", "birthDate": "%s", "gender": "%s", "ethnicityCode": "01",
                 "classId": %s, "religionCode": "CONG_GIAO", "disabilityCode": "VAN_DONG", "policyCode": "MO_COI",
                 "residenceCommune": "%s", "address": "Xóm 3", "motherName": "Phạm Thị Lan", "motherPhone": "%s",
                 "guardianName": "Phạm Văn Hùng", "guardianPhone": "+84912000111", "parentEmail": "%s"}""".formatted(personalId, fullName, birthDate, gender, classId, commune(), motherPhone, email);
    }

    private String commune() {
        return jdbc.sql("select min(code) from org_admin_area where level = 'commune' and province_code = '33'")
                .query(String.class)
                .single();
    }

    private long classOf(String name) {
        return jdbc.sql(
                        "select id from registry_class where school_unit_id = ? and name = ? order by start_year desc limit 1")
                .params(demo.school1().id(), name)
                .query(Long.class)
                .single();
    }

    private String enrol(String body) throws Exception {
        return mvc.perform(post("/api/v1/schools/{id}/students", demo.school1().id())
                        .with(Demo.bearer(demo.token(mvc, "giaovu1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theClerkEnrolsAStudentWithTheWholeRecordAndCorrectsIt() throws Exception {
        String token = demo.token(mvc, "giaovu1");
        String created = enrol(record(
                "001316700001",
                "Trịnh Thị Ngọc",
                "2016-04-02",
                "FEMALE",
                classOf("5A1"),
                "0903 111 222",
                "lan.pham@example.vn"));
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat((String) JsonPath.read(created, "$.motherPhone")).isEqualTo("0903111222");
        assertThat((String) JsonPath.read(created, "$.disabilityCode")).isEqualTo("VAN_DONG");
        assertThat((String) JsonPath.read(created, "$.className")).isEqualTo("5A1");

        mvc.perform(put("/api/v1/schools/{id}/students/{s}", demo.school1().id(), id)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record(
                                "001316700001",
                                "Trịnh Thị Ngọc Ánh",
                                "2016-04-02",
                                "FEMALE",
                                classOf("5A1"),
                                "0903111222",
                                "anh@example.vn")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Trịnh Thị Ngọc Ánh"));
        assertThat(jdbc.sql("select count(*) from registry_student_aud where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/schools/{id}/students/{s}", demo.school1().id(), id)
                                .with(demo.as("giaovu1")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Trịnh Thị Ngọc Ánh", "Phạm Thị Lan", "anh@example.vn", "Nhập học");
    }

    @Test
    void aBadRecordIsRefusedWithEveryWrongFieldNamed() throws Exception {
        mvc.perform(post("/api/v1/schools/{id}/students", demo.school1().id())
                        .with(Demo.bearer(demo.token(mvc, "giaovu1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record(
                                "00131670000", "Tên 3 Số", "2016-04-02", "FEMALE", null, "12345", "not-an-email")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(
                                "personalId", "fullName", "motherPhone", "parentEmail")));
    }

    @Test
    void theFormKeepsWhatTheClerkTypedAndSaysWhatIsWrong() throws Exception {
        String html = HtmlUtils.htmlUnescape(
                mvc.perform(post("/schools/{id}/students", demo.school1().id())
                                .with(demo.as("giaovu1"))
                                .with(csrf())
                                .param("personalId", "001316700077")
                                .param("fullName", "Đoàn Minh Khôi")
                                .param("birthDate", "2016-08-08")
                                .param("gender", "MALE")
                                .param("ethnicityCode", "01")
                                .param("fatherName", "Đoàn Văn Tâm")
                                .param("fatherPhone", "09-không-có"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(html)
                .contains(
                        "value=\"Đoàn Minh Khôi\"",
                        "value=\"Đoàn Văn Tâm\"",
                        "Số điện thoại \"09-không-có\" không hợp lệ");
        assertThat(jdbc.sql("select count(*) from registry_student where personal_id = '001316700077'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStudentMovesClassIsMarkedToRepeatAndLeavesWithAReasonAllKeptInTheHistory() throws Exception {
        String token = demo.token(mvc, "giaovu1");
        long id = ((Number) JsonPath.read(
                        enrol(record(
                                "001216700002",
                                "Vi Văn Sơn",
                                "2016-01-15",
                                "MALE",
                                classOf("5A1"),
                                "0903111222",
                                "son@example.vn")),
                        "$.id"))
                .longValue();
        long school = demo.school1().id();
        mvc.perform(post("/schools/{id}/students/{s}/move", school, id)
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("classId", String.valueOf(classOf("5A2")))
                        .param("reason", "Theo nguyện vọng gia đình"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/schools/{id}/students/{s}/hold-back", school, id)
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("heldBack", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/schools/{id}/students/{s}/leave", school, id)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(post("/api/v1/schools/{id}/students/{s}/leave", school, id)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Gia đình chuyển vào Nam\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LEFT"));
        mvc.perform(post("/api/v1/schools/{id}/students/{s}/move", school, id)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"classId\": " + classOf("5A1") + "}"))
                .andExpect(status().isConflict());
        String history = mvc.perform(get("/api/v1/schools/{id}/students/{s}/history", school, id)
                        .with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> kinds = JsonPath.read(history, "$[*].kind");
        assertThat(kinds).containsExactly("ENROLLED", "CLASS_CHANGED", "HELD_BACK", "LEFT");
        List<String> reasons = JsonPath.read(history, "$[?(@.kind == 'LEFT')].reason");
        assertThat(reasons).containsExactly("Gia đình chuyển vào Nam");
        List<String> actors = JsonPath.read(history, "$[*].actor");
        assertThat(actors).containsOnly("giaovu1");
    }

    @Test
    void onlyAStudentOfTheLastGradeGraduates() throws Exception {
        String token = demo.token(mvc, "giaovu1");
        long id = ((Number) JsonPath.read(
                        enrol(record(
                                "001216700003",
                                "Lục Văn Tài",
                                "2016-02-15",
                                "MALE",
                                classOf("4A1"),
                                "0903111222",
                                "tai@example.vn")),
                        "$.id"))
                .longValue();
        mvc.perform(post(
                                "/api/v1/schools/{id}/students/{s}/graduate",
                                demo.school1().id(),
                                id)
                        .with(Demo.bearer(token)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Chỉ học sinh khối 5 (khối cuối cấp) mới được ghi nhận hoàn thành chương trình."));
    }

    @Test
    void teachersAndOfficialsReadButDoNotChangeARecord() throws Exception {
        long id = jdbc.sql("select min(id) from registry_student where school_unit_id = ?")
                .param(demo.school1().id())
                .query(Long.class)
                .single();
        mvc.perform(get("/schools/{id}/students/{s}", demo.school1().id(), id).with(demo.as("sogd")))
                .andExpect(status().isOk());
        mvc.perform(post(
                                "/api/v1/schools/{id}/students/{s}/hold-back",
                                demo.school1().id(),
                                id)
                        .with(Demo.bearer(demo.token(mvc, "sogd")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldBack\": true}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/schools/{id}/students/{s}", demo.school1().id(), id).with(demo.as("giaovien1")))
                .andExpect(status().isForbidden());
    }
}
