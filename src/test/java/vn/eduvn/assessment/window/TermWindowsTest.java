package vn.eduvn.assessment.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** The principal closes a term's mark entry by date or by lock; teachers are then refused, and an unlock needs a reason. */
@EduVnTest
class TermWindowsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    private long school() {
        return demo.school2().id();
    }

    private ResultActions principal(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.with(Demo.bearer(demo.token(mvc, "hieutruong2")))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    /** giaovien2 saves a term-2 Toán mark of a pupil of 6A2; answers the status. */
    private int teacherSaves(String value) throws Exception {
        String token = demo.token(mvc, "giaovien2");
        long classId = vn.eduvn.SchoolClasses.id(mvc, demo, school(), "6A2");
        String grid = mvc.perform(get("/api/v1/gradebooks")
                        .param("classId", String.valueOf(classId))
                        .param("subject", "TOAN")
                        .param("term", "2")
                        .with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long book = ((Number) JsonPath.read(grid, "$.id")).longValue();
        long pupil = ((Number) JsonPath.read(grid, "$.lines[6].studentId")).longValue();
        long version = ((Number) JsonPath.read(grid, "$.lines[6].cells.TX1.version")).longValue();
        return mvc.perform(put("/api/v1/gradebooks/{id}/marks", book)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"column\": \"TX1\", \"value\": \"%s\", \"version\": %d}"
                                .formatted(pupil, value, version)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @AfterEach
    void reopen() throws Exception {
        principal(
                post("/api/v1/schools/{id}/mark-entry/2/unlock", school()),
                "{\"reason\": \"Trả lại như cũ sau kiểm thử\"}");
        principal(put("/api/v1/schools/{id}/mark-entry/2", school()), "{\"opensOn\": null, \"closesOn\": null}");
    }

    @Test
    void aLockedTermRefusesMarksAndAnUnlockNeedsAReason() throws Exception {
        assertThat(teacherSaves("7")).isEqualTo(200);
        principal(post("/api/v1/schools/{id}/mark-entry/2/lock", school()), null)
                .andExpect(status().isNoContent());
        assertThat(teacherSaves("8")).isEqualTo(409);
        principal(post("/api/v1/schools/{id}/mark-entry/2/unlock", school()), "{\"reason\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Mở khóa cần ghi lý do."));
        principal(post("/api/v1/schools/{id}/mark-entry/2/unlock", school()), "{\"reason\": \"Sửa điểm phúc khảo\"}")
                .andExpect(status().isNoContent());
        assertThat(teacherSaves("8")).isEqualTo(200);
        assertThat(jdbc.sql(
                                "select reason from assessment_term_window_aud where school_unit_id = ? and term = 2 and reason is not null order by rev")
                        .param(school())
                        .query(String.class)
                        .list())
                .contains("Sửa điểm phúc khảo");
    }

    @Test
    void outsideTheEntryWindowTeachersAreRefused() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        principal(
                        put("/api/v1/schools/{id}/mark-entry/2", school()),
                        "{\"opensOn\": \"%s\", \"closesOn\": \"%s\"}"
                                .formatted(today.minusDays(30), today.minusDays(1)))
                .andExpect(status().isNoContent());
        assertThat(teacherSaves("6")).isEqualTo(409);
        String windows = principal(get("/api/v1/schools/{id}/mark-entry", school()), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((Boolean) JsonPath.read(windows, "$[1].openToday")).isFalse();
        principal(
                        put("/api/v1/schools/{id}/mark-entry/2", school()),
                        "{\"opensOn\": \"%s\", \"closesOn\": \"%s\"}"
                                .formatted(today.minusDays(1), today.minusDays(30)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyTheSchoolsPrincipalControlsMarkEntry() throws Exception {
        mvc.perform(post(
                                "/api/v1/schools/{id}/mark-entry/2/lock",
                                demo.school1().id())
                        .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/schools/{id}/mark-entry/2/lock", school())
                        .with(Demo.bearer(demo.token(mvc, "hieutruong1"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/schools/{id}/mark-entry/2/lock", school())
                        .with(Demo.bearer(demo.token(mvc, "giaovien2"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/schools/{id}/mark-entry", school()).with(demo.as("hieutruong2")))
                .andExpect(status().isOk());
    }
}
