package vn.eduvn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;

/**
 * The scope matrix: for every page and endpoint that takes a unit, a user of school 1 is refused (403 or 404)
 * on school 2's data and on the units above their own, and nothing changes. New endpoints join the lists.
 */
@EduVnTest
class CrossScopeAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    /** Pages a user of one school must not open or post to for a unit outside their scope. */
    private List<Function<Long, AbstractMockHttpServletRequestBuilder<?>>> pages() {
        long ownCommune = demo.commune1().id();
        return List.of(
                id -> get("/units/{id}", id),
                id -> get("/units/{id}/children", id).header("HX-Request", "true"),
                id -> get("/units/{id}/school-years", id),
                id -> post("/units/{id}/children", id)
                        .param("typeCode", "CAMPUS")
                        .param("code", "X-SCOPE")
                        .param("name", "X"),
                id -> post("/units/{id}/rename", id).param("name", "Bị đổi tên"),
                id -> post("/units/{id}/move", id).param("parentId", String.valueOf(ownCommune)),
                id -> post("/units/{id}/close", id),
                id -> post("/units/{id}/school-years", id)
                        .param("startYear", "2030")
                        .param("startsOn", "2030-09-05")
                        .param("term1EndsOn", "2031-01-10")
                        .param("term2StartsOn", "2031-01-13")
                        .param("endsOn", "2031-05-25"),
                id -> get("/accounts/new").param("unitId", String.valueOf(id)),
                id -> get("/audit").param("unitId", String.valueOf(id)),
                id -> get("/schools/{id}", id),
                id -> get("/schools/{id}/students", id).param("q", "a").header("HX-Request", "true"),
                id -> get("/schools/{id}/import", id),
                id -> multipart("/schools/{id}/import", id).file(upload()),
                id -> get("/units/{id}/statistics", id),
                id -> get("/schools/{id}/profile", id),
                id -> post("/schools/{id}/profile", id)
                        .param("level", "PRIMARY")
                        .param("ownership", "TU_THUC")
                        .param("nationalStandard", "0"),
                id -> get("/schools/{id}/staff", id),
                id -> post("/schools/{id}/staff", id)
                        .param("personalId", "001190999999")
                        .param("fullName", "Xâm Nhập")
                        .param("birthDate", "1990-01-01")
                        .param("gender", "MALE")
                        .param("position", "GIAO_VIEN")
                        .param("qualification", "DAI_HOC")
                        .param("titleRank", "HANG_III")
                        .param("contractType", "VIEN_CHUC"),
                id -> get("/schools/{id}/classes", id),
                id -> post("/schools/{id}/classes", id).param("name", "6X9").param("sessionsPerDay", "1"),
                id -> post("/schools/{id}/classes/{c}/homeroom", id, anyClassOf(id))
                        .param("staffId", "1"),
                id -> get("/schools/{id}/assignments", id),
                id -> post("/schools/{id}/assignments", id)
                        .param("classId", String.valueOf(anyClassOf(id)))
                        .param("subjectCode", "TOAN")
                        .param("staffId", "1"),
                id -> get("/schools/{id}/students/new", id),
                id -> post("/schools/{id}/students", id)
                        .param("personalId", "001215999998")
                        .param("fullName", "Xâm Nhập")
                        .param("birthDate", "2015-01-01")
                        .param("gender", "MALE")
                        .param("ethnicityCode", "01"),
                id -> get("/schools/{id}/students/{s}", id, anyStudentOf(id)),
                id -> post("/schools/{id}/students/{s}", id, anyStudentOf(id))
                        .param("personalId", "001215999997")
                        .param("fullName", "Bị Sửa Tên")
                        .param("birthDate", "2015-01-01")
                        .param("gender", "MALE")
                        .param("ethnicityCode", "01"),
                id -> post("/schools/{id}/students/{s}/move", id, anyStudentOf(id))
                        .param("classId", String.valueOf(anyClassOf(id))),
                id -> post("/schools/{id}/students/{s}/hold-back", id, anyStudentOf(id))
                        .param("heldBack", "true"),
                id -> post("/schools/{id}/students/{s}/leave", id, anyStudentOf(id))
                        .param("reason", "Xâm nhập"),
                id -> post("/schools/{id}/students/{s}/graduate", id, anyStudentOf(id)),
                id -> get("/schools/{id}/transfers", id),
                id -> post("/schools/{id}/transfers", id)
                        .param(
                                "personalId",
                                personalIdOf(anyStudentOf(demo.school1().id())))
                        .param("birthDate", "2015-01-01")
                        .param("reason", "Xâm nhập"),
                id -> post("/schools/{id}/transfers/{t}/approve", id, foreignTransfer),
                id -> post("/schools/{id}/transfers/{t}/reject", id, foreignTransfer)
                        .param("note", "Xâm nhập"),
                id -> post("/schools/{id}/transfers/{t}/cancel", id, foreignTransfer),
                id -> get("/schools/{id}/import", id).param("what", "staff"),
                id -> multipart("/schools/{id}/import", id).file(upload()).param("what", "classes"),
                id -> get("/gradebook", id)
                        .param("classId", String.valueOf(anyClassOf(id)))
                        .param("subject", "TOAN"),
                id -> get("/homeroom/{c}", anyClassOf(id)),
                id -> post("/homeroom/{c}/personal", anyClassOf(id)).param("term", "1"),
                id -> post("/homeroom/{c}/comment", anyClassOf(id))
                        .param("studentId", String.valueOf(anyStudentOf(id)))
                        .param("body", "X"),
                id -> get("/schools/{id}/mark-entry", id),
                id -> get("/schools/{id}/mark-history", id).param("classId", String.valueOf(anyClassOf(id))),
                id -> get("/homeroom/{c}/attendance", anyClassOf(id)),
                id -> post("/schools/{id}/students/{s}/guardians", id, anyStudentOf(id))
                        .param("username", "ke.gian"),
                id -> post("/schools/{id}/mark-entry/1/lock", id),
                id -> post("/schools/{id}/mark-entry/1/unlock", id).param("reason", "Xâm nhập"),
                id -> post("/schools/{id}/mark-entry/1/window", id).param("opensOn", "2026-01-01"),
                id -> get("/schools/{id}/rollover", id),
                id -> post("/schools/{id}/rollover", id).param("fromYear", String.valueOf(latestYearOf(id))),
                id -> post("/homeroom/{c}/nomination", anyClassOf(id))
                        .param("studentId", String.valueOf(anyStudentOf(id)))
                        .param("nominated", "true"),
                id -> get("/transcripts/classes/{c}", anyClassOf(id)),
                id -> post("/transcripts/classes/{c}/finalise", anyClassOf(id)),
                id -> get("/transcripts/classes/{c}/students/{s}", anyClassOf(id), anyStudentOf(id)),
                id -> get("/transcripts/classes/{c}/students/{s}/cumulative", anyClassOf(id), anyStudentOf(id)),
                id -> get("/transcripts/classes/{c}/archive", anyClassOf(id)),
                id -> get("/family/children/{s}/transcript", anyStudentOf(id)),
                id -> get("/schools/{id}/timetable", id),
                id -> get("/schools/{id}/timetable/status", id),
                id -> post("/schools/{id}/timetable/runs", id).param("seconds", "1"),
                id -> post("/schools/{id}/timetable/runs/{r}/stop", id, 1),
                id -> post("/schools/{id}/timetable/runs/{r}/publish", id, 1),
                id -> get("/schools/{id}/timetable/export", id),
                id -> get("/schools/{id}/timetable/requests", id),
                id -> post("/schools/{id}/timetable/requests/{s}", id, 1).param("off", "T2/SANG"),
                id -> post("/schools/{id}/timetable/runs/{r}/moves", id, 1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(MOVE),
                id -> get("/schools/{id}/timetable/substitutes", id)
                        .param("teacher", "1")
                        .param("days", "T2"),
                id -> get("/schools/{id}/timetable/pdf", id),
                id -> get("/schools/{id}/timetable/lessons", id),
                id -> post("/schools/{id}/timetable/lessons/{c}/TOAN", id, anyClassOf(id))
                        .param("blocks", "2,1,1"),
                id -> post("/schools/{id}/timetable/rooms", id)
                        .param("code", "XSCOPE")
                        .param("capacity", "1"),
                id -> post("/schools/{id}/timetable/absences", id)
                        .param("teacher", "1")
                        .param("days", "T4"),
                id -> post("/schools/{id}/timetable/week", id).param("morningPeriods", "5"),
                id -> get("/schools/{id}/timetable/fet", id),
                id -> multipart("/schools/{id}/timetable/fet", id)
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "x.fet", "application/xml", "<fet/>".getBytes())),
                id -> get("/schools/{id}/timetable/fet/export", id),
                id -> get("/schools/{id}/academics", id),
                id -> get("/schools/{id}/academics", id).param("tab", "results").param("term", "0"),
                id -> get("/schools/{id}/academics", id).param("tab", "attendance"),
                id -> get("/units/{id}/academics", id),
                id -> get("/schools/{id}/parent-accounts", id),
                id -> post("/schools/{id}/parent-accounts", id),
                id -> post("/schools/{id}/parent-accounts/reset", id).param("phone", "0912345678"),
                id -> get("/schools/{id}/students/export", id),
                id -> get("/schools/{id}/staff/export", id),
                id -> get("/schools/{id}/classes/export", id),
                id -> get("/schools/{id}/oneroster", id),
                id -> get("/units/{id}/statistics/export", id),
                id -> get("/schools/{id}/timetable/pdf", id).param("run", "1"),
                id -> get("/gradebook", id)
                        .param("classId", String.valueOf(anyClassOf(id)))
                        .param("subject", "TOAN")
                        .param("term", "2"),
                id -> multipart("/schools/{id}/timetable/fet/import", id)
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "x.fet", "application/xml", "<fet/>".getBytes())),
                id -> post("/schools/{id}/timetable/fet/import/apply", id),
                id -> post("/schools/{id}/timetable/classes/{c}", id, anyClassOf(id))
                        .param("sessions", "SANG"),
                id -> post("/schools/{id}/timetable/fixed", id)
                        .param("lesson", anyClassOf(id) + "/TOAN")
                        .param("day", "T3")
                        .param("session", "SANG")
                        .param("period", "2"),
                id -> post("/schools/{id}/timetable/fixed/{f}/remove", id, 1),
                id -> get("/schools/{id}/admissions/{c}", id, admission[0]),
                id -> post("/schools/{id}/admissions/{c}/applications/{a}/verify", id, admission[0], admission[1]),
                id -> post("/schools/{id}/admissions/{c}/applications/{a}/correction", id, admission[0], admission[1])
                        .param("note", "x"),
                id -> get("/admissions/{c}", admission[0]),
                id -> get("/admissions/{c}/export", admission[0]),
                id -> get("/schools/{id}/admissions/{c}/export", id, admission[0]),
                id -> get("/schools/{id}/admissions/{c}/applications/{a}/evidence", id, admission[0], admission[1]),
                id -> post("/admissions/{c}/calendar", admission[0]).param("closesAt", "2030-01-01T08:00"),
                id -> multipart("/admissions/{c}/scores", admission[0]).file(upload()),
                id -> post("/admissions/{c}/placements", admission[0]),
                id -> post("/admissions/{c}/placements/1/publish", admission[0]),
                id -> post("/admissions")
                        .param("ownerUnitId", String.valueOf(id))
                        .param("name", "Xâm nhập")
                        .param("grade", "6")
                        .param("schoolYear", "2027"));
    }

    /** API endpoints that take a unit. */
    private List<Function<Long, AbstractMockHttpServletRequestBuilder<?>>> endpoints() {
        return List.of(
                id -> get("/api/v1/units/{id}", id),
                id -> get("/api/v1/units/{id}/children", id),
                id -> get("/api/v1/units/{id}/school-years", id),
                id -> get("/api/v1/schools/{id}/students", id).param("q", "nguyen"),
                id -> get("/api/v1/schools/{id}/students/export", id),
                id -> get("/api/v1/schools/{id}/students/export", id).param("format", "csv"),
                id -> multipart("/api/v1/schools/{id}/students/import", id).file(upload()),
                id -> get("/api/v1/units/{id}/statistics", id),
                id -> get("/api/v1/units/{id}/statistics/export", id),
                id -> get("/api/v1/schools/{id}/staff", id),
                id -> get("/api/v1/schools/{id}/classes", id),
                id -> get("/api/v1/schools/{id}/teaching-assignments", id),
                id -> get("/api/v1/schools/{id}/students/{s}", id, anyStudentOf(id)),
                id -> get("/api/v1/schools/{id}/students/{s}/history", id, anyStudentOf(id)),
                id -> post("/api/v1/schools/{id}/students", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(STUDENT),
                id -> put("/api/v1/schools/{id}/students/{s}", id, anyStudentOf(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(STUDENT),
                id -> post("/api/v1/schools/{id}/students/{s}/move", id, anyStudentOf(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"classId\": " + anyClassOf(id) + "}"),
                id -> post("/api/v1/schools/{id}/students/{s}/hold-back", id, anyStudentOf(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldBack\": true}"),
                id -> post("/api/v1/schools/{id}/students/{s}/leave", id, anyStudentOf(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Xâm nhập\"}"),
                id -> post("/api/v1/schools/{id}/students/{s}/graduate", id, anyStudentOf(id)),
                id -> get("/api/v1/schools/{id}/transfers", id),
                id -> post("/api/v1/schools/{id}/transfers", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personalId\": \""
                                + personalIdOf(anyStudentOf(demo.school1().id()))
                                + "\", \"birthDate\": \"2015-01-01\", \"reason\": \"X\"}"),
                id -> post("/api/v1/schools/{id}/transfers/{t}/approve", id, foreignTransfer),
                id -> post("/api/v1/schools/{id}/transfers/{t}/reject", id, foreignTransfer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"X\"}"),
                id -> post("/api/v1/schools/{id}/transfers/{t}/cancel", id, foreignTransfer),
                id -> multipart("/api/v1/schools/{id}/staff/import", id).file(upload()),
                id -> multipart("/api/v1/schools/{id}/classes/import", id).file(upload()),
                id -> get("/api/v1/schools/{id}/staff/export", id),
                id -> get("/api/v1/schools/{id}/classes/export", id).param("format", "csv"),
                id -> get("/api/v1/schools/{id}/oneroster", id),
                id -> get("/api/v1/gradebooks", id)
                        .param("classId", String.valueOf(anyClassOf(id)))
                        .param("subject", "TOAN"),
                id -> get("/api/v1/homeroom/{c}", anyClassOf(id)),
                id -> get("/api/v1/homeroom/{c}/export", anyClassOf(id)),
                id -> put("/api/v1/homeroom/{c}/personal", anyClassOf(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\": 1, \"levels\": {}}"),
                id -> get("/api/v1/schools/{id}/mark-entry", id),
                id -> get("/api/v1/schools/{id}/mark-history", id).param("classId", String.valueOf(anyClassOf(id))),
                id -> get("/api/v1/homeroom/{c}/attendance", anyClassOf(id)).param("day", "2026-10-01"),
                id -> get("/api/v1/schools/{id}/students/{s}/guardians", id, anyStudentOf(id)),
                id -> post("/api/v1/schools/{id}/students/{s}/guardians", id, anyStudentOf(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"ke.gian\"}"),
                id -> post("/api/v1/schools/{id}/mark-entry/1/lock", id),
                id -> get("/api/v1/schools/{id}/rollover", id),
                id -> post("/api/v1/schools/{id}/rollover", id).param("fromYear", String.valueOf(latestYearOf(id))),
                id -> put("/api/v1/homeroom/{c}/nomination", anyClassOf(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": " + anyStudentOf(id) + ", \"nominated\": true}"),
                id -> get("/api/v1/classes/{c}/transcripts", anyClassOf(id)),
                id -> post("/api/v1/classes/{c}/transcripts/finalise", anyClassOf(id)),
                id -> get("/api/v1/classes/{c}/transcripts/{s}", anyClassOf(id), anyStudentOf(id)),
                id -> get("/api/v1/classes/{c}/transcripts/{s}/cumulative", anyClassOf(id), anyStudentOf(id)),
                id -> get("/api/v1/classes/{c}/transcripts/archive", anyClassOf(id)),
                id -> get("/api/v1/me/children/{s}/transcript", anyStudentOf(id)),
                id -> get("/api/v1/schools/{id}/timetable/problem", id),
                id -> post("/api/v1/schools/{id}/timetable/runs", id).param("seconds", "1"),
                id -> get("/api/v1/schools/{id}/timetable/runs/{r}", id, 1),
                id -> post("/api/v1/schools/{id}/timetable/runs/{r}/stop", id, 1),
                id -> post("/api/v1/schools/{id}/timetable/runs/{r}/publish", id, 1),
                id -> get("/api/v1/schools/{id}/timetable/export", id),
                id -> get("/api/v1/schools/{id}/timetable/requests", id),
                id -> put("/api/v1/schools/{id}/timetable/requests/{s}", id, 1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unavailable\": [\"T2/SANG\"]}"),
                id -> post("/api/v1/schools/{id}/timetable/runs/{r}/moves", id, 1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(MOVE),
                id -> get("/api/v1/schools/{id}/timetable/substitutes", id)
                        .param("teacher", "1")
                        .param("days", "T2"),
                id -> get("/api/v1/schools/{id}/timetable/pdf", id).param("by", "teacher"),
                id -> get("/api/v1/schools/{id}/timetable/lessons", id),
                id -> put("/api/v1/schools/{id}/timetable/lessons/{c}/TOAN", id, anyClassOf(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"blocks\": [2, 1, 1]}"),
                id -> get("/api/v1/schools/{id}/timetable/rooms", id),
                id -> post("/api/v1/schools/{id}/timetable/absences", id)
                        .param("teacher", "1")
                        .param("days", "T4"),
                id -> get("/api/v1/schools/{id}/timetable/week", id),
                id -> put("/api/v1/schools/{id}/timetable/week", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"saturday\": true, \"morningPeriods\": 5, \"afternoonPeriods\": 5, \"flagPeriod\": 1}"),
                id -> get("/api/v1/schools/{id}/timetable/classes", id),
                id -> get("/api/v1/schools/{id}/timetable/fet", id),
                id -> post("/api/v1/schools/{id}/timetable/fet/import", id)
                        .param("apply", "true")
                        .contentType(MediaType.APPLICATION_XML)
                        .content("<fet/>"),
                id -> put("/api/v1/schools/{id}/timetable/classes/{c}", id, anyClassOf(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sessions\": [\"SANG\"], \"noGaps\": true}"),
                id -> put("/api/v1/schools/{id}/timetable/rooms/XSCOPE", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"X\", \"capacity\": 1}"),
                id -> get("/api/v1/schools/{id}/timetable/fixed", id),
                id -> post("/api/v1/schools/{id}/timetable/fixed", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"classId\": " + anyClassOf(id)
                                        + ", \"subjectCode\": \"TOAN\", \"day\": \"T3\", \"session\": \"SANG\", \"period\": 2}"),
                id -> delete("/api/v1/schools/{id}/timetable/fixed/{f}", id, 1),
                id -> post("/api/v1/admissions/campaigns", id)
                        .param("unitId", String.valueOf(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(admissionSettings()),
                id -> get("/api/v1/admissions/campaigns/{c}", admission[0]),
                id -> put("/api/v1/admissions/campaigns/{c}", admission[0])
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(admissionSettings()),
                id -> put("/api/v1/admissions/campaigns/{c}/calendar", admission[0])
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"closesAt\": \"2030-01-01T00:00:00Z\"}"),
                id -> get("/api/v1/schools/{id}/admissions/{c}/applications", id, admission[0]),
                id -> post(
                        "/api/v1/schools/{id}/admissions/{c}/applications/{a}/verify", id, admission[0], admission[1]),
                id -> post(
                                "/api/v1/schools/{id}/admissions/{c}/applications/{a}/correction",
                                id,
                                admission[0],
                                admission[1])
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"x\"}"),
                id -> get("/api/v1/admissions/campaigns/{c}/applications", admission[0]),
                id -> get("/api/v1/admissions/campaigns/{c}/applications/export", admission[0]),
                id -> get("/api/v1/schools/{id}/admissions/{c}/applications/export", id, admission[0]),
                id -> get(
                        "/api/v1/schools/{id}/admissions/{c}/applications/{a}/evidence",
                        id,
                        admission[0],
                        admission[1]),
                id -> multipart("/api/v1/admissions/campaigns/{c}/scores", admission[0])
                        .file(upload()),
                id -> put("/api/v1/admissions/campaigns/{c}/applications/{a}/scores", admission[0], admission[1])
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"TOAN\": 5}"),
                id -> put(
                                "/api/v1/admissions/campaigns/{c}/applications/{a}/direct-admission",
                                admission[0],
                                admission[1])
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"direct\": true}"),
                id -> post("/api/v1/admissions/campaigns/{c}/placements", admission[0]),
                id -> get("/api/v1/admissions/campaigns/{c}/placements", admission[0]),
                id -> post("/api/v1/admissions/campaigns/{c}/placements/1/publish", admission[0]),
                id -> post("/api/v1/admissions/placement")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"format\": \"eduvn-admission/1\"}"));
    }

    private String admissionSettings() {
        return new vn.eduvn.admissions.AdmissionFixtures(mvc, demo, units).gradeSixSettings(5);
    }

    /** A grade-6 campaign of the department with THCS Vũ Tiên, and one application to it (campaign id, application id). */
    private static final long[] admission = new long[2];

    @org.junit.jupiter.api.BeforeEach
    void aCampaignWithAnApplicationAtSchoolTwo() throws Exception {
        if (admission[0] == 0) {
            var fixtures = new vn.eduvn.admissions.AdmissionFixtures(mvc, demo, units);
            admission[0] = fixtures.gradeSixCampaign(10);
            fixtures.apply(
                    admission[0],
                    null,
                    fixtures.child(901, fixtures.homeCommune(), demo.school2().id()));
            admission[1] = jdbc.sql("select id from admission_application where campaign_id = ?")
                    .param(admission[0])
                    .query(Long.class)
                    .single();
        }
    }

    private static final String MOVE = """
            {"lesson": "6A1-TOAN", "fromDay": "T2", "fromSession": "SANG", "fromPeriod": 2, "toDay": "T3",
             "toSession": "SANG", "toPeriod": 2, "override": true}""";

    private static final String STUDENT = """
            {"personalId": "001215999996", "fullName": "Xâm Nhập", "birthDate": "2015-01-01", "gender": "MALE",
             "ethnicityCode": "01"}""";

    /** A transfer waiting between school 2 and another school, which users of school 1 may neither decide nor withdraw. */
    private long foreignTransfer;

    @org.junit.jupiter.api.BeforeEach
    void aTransferBetweenOtherSchools() {
        long student = anyStudentOf(demo.school2().id());
        jdbc.sql("""
                insert into registry_transfer (student_id, from_school_unit_id, to_school_unit_id, status, reason,
                requested_by, requested_at, version) values (?, ?, ?, 'REQUESTED', 'Kiểm tra phạm vi', 'test', current_timestamp, 0)""")
                .params(student, demo.school2().id(), demo.otherDepartment().id())
                .update();
        foreignTransfer = jdbc.sql("select max(id) from registry_transfer")
                .query(Long.class)
                .single();
    }

    /** A student of the unit when it is a school with students, else an id that exists nowhere. */
    private long anyStudentOf(long unitId) {
        return jdbc.sql("select coalesce(min(id), -1) from registry_student where school_unit_id = ?")
                .param(unitId)
                .query(Long.class)
                .single();
    }

    private int latestYearOf(long unitId) {
        return jdbc.sql("select coalesce(max(start_year), 2026) from registry_class where school_unit_id = ?")
                .param(unitId)
                .query(Integer.class)
                .single();
    }

    private String personalIdOf(long studentId) {
        return jdbc.sql("select personal_id from registry_student where id = ?")
                .param(studentId)
                .query(String.class)
                .single();
    }

    /** A class of the unit when it is a school with classes, else an id that exists nowhere. */
    private long anyClassOf(long unitId) {
        return jdbc.sql("select coalesce(min(id), -1) from registry_class where school_unit_id = ?")
                .param(unitId)
                .query(Long.class)
                .single();
    }

    /** A valid one-row student workbook: a refusal must come from scope, not from a bad file. */
    private static MockMultipartFile upload() {
        return new MockMultipartFile(
                "file",
                "hoc-sinh.xlsx",
                "application/octet-stream",
                vn.eduvn.registry.importing.WorkbooksAccess.students(
                        List.of(List.of("001215999999", "Xâm Nhập Trái Phép", "01/01/2015", "Nam", "Kinh", "4Z9"))));
    }

    @Test
    void usersOfSchoolOneAreRefusedOnSchoolTwoAndAboveTheirOwnUnit() throws Exception {
        List<UnitView> foreign =
                List.of(demo.school2(), demo.commune1(), demo.department(), demo.ministry(), demo.otherDepartment());
        List<String> names = foreign.stream().map(UnitView::name).toList();
        List<String> leaks = new ArrayList<>();
        for (String user : List.of("hieutruong1", "giaovu1", "giaovien1")) {
            String token = demo.token(mvc, user);
            for (UnitView unit : foreign) {
                for (var page : pages()) {
                    var request = page.apply(unit.id()).with(demo.as(user)).with(csrf());
                    int status = mvc.perform(request).andReturn().getResponse().getStatus();
                    if (status != 403 && status != 404) {
                        leaks.add(user + " " + request.buildRequest(null).getMethod() + " "
                                + request.buildRequest(null).getRequestURI() + " -> " + status);
                    }
                }
                for (var endpoint : endpoints()) {
                    var request = endpoint.apply(unit.id()).with(Demo.bearer(token));
                    int status = mvc.perform(request).andReturn().getResponse().getStatus();
                    if (status != 403 && status != 404) {
                        leaks.add(user + " API " + request.buildRequest(null).getRequestURI() + " -> " + status);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        for (UnitView unit : foreign) {
            UnitView now = units.find(unit.id()).orElseThrow();
            assertThat(now.name()).isEqualTo(unit.name());
            assertThat(now.path()).isEqualTo(unit.path());
            assertThat(now.open()).isTrue();
        }
        assertThat(names).doesNotContain("Bị đổi tên");
        assertThat(jdbc.sql("select count(*) from org_unit where code = 'X-SCOPE'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from org_school_year where start_year = 2030")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from registry_student where personal_id = '001215999999'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from registry_staff where personal_id = '001190999999'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from registry_class where name = '6X9'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from registry_student where personal_id in ('001215999998', '001215999997', '001215999996') or full_name = 'Bị Sửa Tên'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from registry_student where school_unit_id = ? and (status <> 'ENROLLED' or held_back)")
                        .param(demo.school2().id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select status from registry_transfer where id = ?")
                        .param(foreignTransfer)
                        .query(String.class)
                        .single())
                .isEqualTo("REQUESTED");
        assertThat(jdbc.sql("select count(*) from registry_transfer where reason in ('Xâm nhập', 'X')")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from registry_student_guardian where account_username = 'ke.gian'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from timetable_room where code = 'XSCOPE'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from timetable_lesson_setting where school_unit_id = ? and blocks is not null")
                        .param(demo.school2().id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from assessment_transcript where class_id = ?")
                        .param(anyClassOf(demo.school2().id()))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(distinct start_year) from registry_class where school_unit_id = ?")
                        .param(demo.school2().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theUnitAndSchoolListsOfSchoolOneNeverShowSchoolTwo() throws Exception {
        for (String list : List.of("/api/v1/units", "/api/v1/schools")) {
            String body = mvc.perform(get(list).with(Demo.bearer(demo.token(mvc, "hieutruong1"))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body)
                    .as(list)
                    .doesNotContain(demo.school2().name())
                    .contains(demo.school1().name());
        }
    }

    @Test
    void onlyAdministratorsManageAccountsOrReadTheAuditTrail() throws Exception {
        long principal2 = jdbc.sql("select id from identity_account where username = 'hieutruong2'")
                .query(Long.class)
                .single();
        long teacher1 = jdbc.sql("select id from identity_account where username = 'giaovien1'")
                .query(Long.class)
                .single();
        List<MockHttpServletRequestBuilder> adminOnly = List.of(
                get("/accounts"),
                get("/accounts/new"),
                get("/accounts/{id}", teacher1),
                post("/accounts")
                        .param("username", "chiem.quyen")
                        .param("displayName", "X")
                        .param("homeUnitId", String.valueOf(demo.school1().id()))
                        .param("password", "Abcdef123"),
                post("/accounts/{id}/grants", teacher1)
                        .param("role", "SYSTEM_ADMIN")
                        .param("unitId", String.valueOf(demo.school1().id())),
                post("/accounts/{id}/reset-password", principal2),
                get("/unit-types"),
                post("/unit-types")
                        .param("code", "CHIEM")
                        .param("nameVi", "X")
                        .param("nameEn", "X")
                        .param("allowedParents", "SCHOOL"),
                post("/unit-types/{code}", "SCHOOL")
                        .param("nameVi", "X")
                        .param("nameEn", "X")
                        .param("allowedParents", "MINISTRY"),
                post("/accounts/{id}/reset-password", teacher1));
        for (String user : List.of("giaovien1", "hieutruong1", "giaovu1", "sogd")) {
            for (MockHttpServletRequestBuilder request : adminOnly) {
                int status = mvc.perform(request.with(demo.as(user)).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status)
                        .as(user + " " + request.buildRequest(null).getRequestURI())
                        .isIn(403, 404);
            }
        }
        // The audit trail: administrators, and a principal for their own school only.
        for (String user : List.of("giaovien1", "giaovu1", "sogd")) {
            for (MockHttpServletRequestBuilder request :
                    List.of(get("/audit"), get("/audit").param("tab", "security"))) {
                assertThat(mvc.perform(request.with(demo.as(user)))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as(user + " /audit")
                        .isIn(403, 404);
            }
        }
        assertThat(mvc.perform(get("/audit")
                                .param("unitId", String.valueOf(demo.school2().id()))
                                .with(demo.as("hieutruong1")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
        assertThat(jdbc.sql("select count(*) from identity_account where username = 'chiem.quyen'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from identity_role_grant where account_id = ? and role = 'SYSTEM_ADMIN'")
                        .param(teacher1)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
