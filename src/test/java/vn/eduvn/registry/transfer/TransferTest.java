package vn.eduvn.registry.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.registry.NewSchool;

/** The receiving school asks for a pupil, the sending school decides; the history stays on both sides. */
@EduVnTest
class TransferTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    NewSchool school;

    @BeforeEach
    void openSecondSchool() throws Exception {
        Long existing = jdbc.sql("select id from org_unit where code = '33TH902'")
                .query(Long.class)
                .optional()
                .orElse(null);
        school = existing != null
                ? new NewSchool(
                        existing,
                        jdbc.sql("select id from registry_class where school_unit_id = ? and name = '5B1'")
                                .param(existing)
                                .query(Long.class)
                                .single(),
                        "giaovu.th902")
                : NewSchool.open(mvc, demo, jdbc, "33TH902", "giaovu.th902");
    }

    private ResultActions ask(Object personalId, Object birthDate, String reason) throws Exception {
        return mvc.perform(post("/api/v1/schools/{id}/transfers", school.id())
                .with(Demo.bearer(demo.token(mvc, school.clerk())))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"personalId": "%s", "birthDate": "%s", "classId": %d, "reason": "%s"}""".formatted(personalId, birthDate, school.classId(), reason)));
    }

    @Test
    void anApprovedTransferMovesThePupilAndBothSchoolsKeepTheHistory() throws Exception {
        Object[] pupil = NewSchool.pupilOfSchoolOne(jdbc, demo, 0);
        long studentId = (long) pupil[0];
        String token = demo.token(mvc, school.clerk());
        // Before approval the receiving school cannot open the pupil's record.
        mvc.perform(get("/api/v1/schools/{id}/students/{s}", school.id(), studentId)
                        .with(Demo.bearer(token)))
                .andExpect(status().isNotFound());
        String asked = ask(pupil[1], pupil[2], "Gia đình chuyển nơi ở")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long transferId = ((Number) JsonPath.read(asked, "$.id")).longValue();
        ask(pupil[1], pupil[2], "Lần hai").andExpect(status().isConflict());

        // The receiving school cannot approve its own request; the sending school can.
        mvc.perform(post("/api/v1/schools/{id}/transfers/{t}/approve", school.id(), transferId)
                        .with(Demo.bearer(token)))
                .andExpect(status().isNotFound());
        mvc.perform(post(
                                "/api/v1/schools/{id}/transfers/{t}/approve",
                                demo.school1().id(),
                                transferId)
                        .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));

        mvc.perform(get("/api/v1/schools/{id}/students/{s}", school.id(), studentId)
                        .with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.className").value("5B1"))
                .andExpect(jsonPath("$.schoolUnitId").value(school.id()));
        String history = mvc.perform(get(
                                "/api/v1/schools/{id}/students/{s}/history",
                                demo.school1().id(),
                                studentId)
                        .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> kinds = JsonPath.read(history, "$[*].kind");
        assertThat(kinds).endsWith("TRANSFERRED_OUT", "TRANSFERRED_IN");
        List<String> schools = JsonPath.read(history, "$[?(@.kind == 'TRANSFERRED_OUT')].otherSchoolName");
        assertThat(schools).containsExactly("Trường Tiểu học 33TH902");
        // The former school reads the history but no longer changes the record.
        mvc.perform(post(
                                "/api/v1/schools/{id}/students/{s}/hold-back",
                                demo.school1().id(),
                                studentId)
                        .with(Demo.bearer(demo.token(mvc, "giaovu1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldBack\": true}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWrongBirthDateFindsNoOneAndARefusalNeedsANote() throws Exception {
        Object[] pupil = NewSchool.pupilOfSchoolOne(jdbc, demo, 1);
        ask(pupil[1], "2001-01-01", "Thử")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail").value("Không có học sinh đang học nào có mã định danh và ngày sinh này."));
        ask("123", pupil[2], "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("personalId", "reason")));
        String asked = ask(pupil[1], pupil[2], "Gần nhà")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long transferId = ((Number) JsonPath.read(asked, "$.id")).longValue();
        String giaovu1 = demo.token(mvc, "giaovu1");
        mvc.perform(post(
                                "/api/v1/schools/{id}/transfers/{t}/reject",
                                demo.school1().id(),
                                transferId)
                        .with(Demo.bearer(giaovu1))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(
                                "/api/v1/schools/{id}/transfers/{t}/reject",
                                demo.school1().id(),
                                transferId)
                        .with(Demo.bearer(giaovu1))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Chưa đủ hồ sơ\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post(
                                "/api/v1/schools/{id}/transfers/{t}/approve",
                                demo.school1().id(),
                                transferId)
                        .with(Demo.bearer(giaovu1)))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select school_unit_id from registry_student where id = ?")
                        .param(pupil[0])
                        .query(Long.class)
                        .single())
                .isEqualTo(demo.school1().id());
        String list = mvc.perform(get("/api/v1/schools/{id}/transfers", school.id())
                        .with(Demo.bearer(demo.token(mvc, school.clerk()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> notes = JsonPath.read(list, "$.incoming[?(@.id == " + transferId + ")].decisionNote");
        assertThat(notes).containsExactly("Chưa đủ hồ sơ");
    }
}
