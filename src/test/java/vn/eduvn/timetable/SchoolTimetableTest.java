package vn.eduvn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
 * The principal of the demo lower-secondary school builds the timetable from the school's own data: the
 * problem comes from the classes and teaching assignments, the solve runs in the background and is stored, the
 * page follows it and shows each class's week; a solve can be stopped; other schools see nothing of it.
 */
@EduVnTest
class SchoolTimetableTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    private String read(String path, String token) throws Exception {
        return mvc.perform(get(path).with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String waitFor(long school, long run, String token, List<String> states) {
        return SolveRuns.inState(() -> read("/api/v1/schools/" + school + "/timetable/runs/" + run, token), states);
    }

    @Test
    void thePrincipalSolvesTheSchoolsTimetableInTheBackgroundAndReadsEachClassesWeek() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String problem = read("/api/v1/schools/" + school + "/timetable/problem", token);
        assertThat(JsonPath.<String>read(problem, "$.format")).isEqualTo("eduvn-timetable/1");
        assertThat(JsonPath.<List<String>>read(problem, "$.classes[*].id")).contains("6A1", "6A2");
        assertThat(JsonPath.<List<String>>read(problem, "$.fixed[?(@.lesson == '6A1-CHAO_CO')].day"))
                .containsExactly("T2");
        int periods = JsonPath.<List<Integer>>read(problem, "$.lessons[*].periodsPerWeek").stream()
                .mapToInt(Integer::intValue)
                .sum();

        String started = mvc.perform(post("/api/v1/schools/{id}/timetable/runs", school)
                        .param("seconds", "4")
                        .with(Demo.bearer(token)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long run = ((Number) JsonPath.read(started, "$.id")).longValue();
        String done = waitFor(school, run, token, List.of("DONE", "FAILED"));
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("DONE");
        assertThat(((Number) JsonPath.read(done, "$.hard")).longValue()).isZero();
        assertThat(JsonPath.<List<Object>>read(done, "$.solution.placements")).hasSize(periods);
        assertThat(JsonPath.<List<Object>>read(done, "$.progress")).isNotEmpty();

        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/schools/{id}/timetable", school).with(demo.as("hieutruong2")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page)
                .contains(
                        "Đã xếp xong",
                        "id=\"grid-6A1\"",
                        "id=\"progress-chart\"",
                        "Chào cờ",
                        "Sinh hoạt lớp",
                        "Nguyễn Văn Tiến",
                        "Toán – 6A2");
        // Before it is published, the principal prints the draft from the page to check it.
        assertThat(page).contains("Bản nháp (chưa công bố):", "id=\"draft-pdf-classes\"");
        byte[] draft = mvc.perform(get("/schools/{id}/timetable/pdf", school)
                        .param("by", "class")
                        .param("run", String.valueOf(run))
                        .with(demo.as("hieutruong2")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(draft)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("THỜI KHÓA BIỂU LỚP (BẢN NHÁP) 6A1")
                    .doesNotContain("?");
        }
        mvc.perform(get("/schools/{id}/timetable/export", school)
                        .param("run", String.valueOf(run))
                        .with(demo.as("hieutruong2")))
                .andExpect(status().isOk());
        // Published, the timetable reaches the teachers' and the parents' own pages, and prints as a sheet.
        mvc.perform(post("/api/v1/schools/{id}/timetable/runs/{r}/publish", school, run)
                        .with(Demo.bearer(token)))
                .andExpect(status().isNoContent());
        String mine = read("/api/v1/me/timetable", demo.token(mvc, "giaovien2"));
        assertThat(JsonPath.<List<String>>read(mine, "$[*].title")).contains("Nguyễn Văn Tiến");
        assertThat(mine).contains("Toán – 6A1");
        demo.createAccount(mvc, "phuhuynh.tkb", "PARENT", school);
        long pupil = vn.eduvn.SchoolClasses.firstPupil(mvc, demo, school, jdbcClass("6A1"));
        mvc.perform(post("/api/v1/schools/{id}/students/{s}/guardians", school, pupil)
                        .with(Demo.bearer(token))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"phuhuynh.tkb\"}"))
                .andExpect(status().isOk());
        String childs = read("/api/v1/me/timetable", demo.token(mvc, "phuhuynh.tkb"));
        assertThat(JsonPath.<List<String>>read(childs, "$[*].title")).anyMatch(t -> t.endsWith("6A1"));
        assertThat(childs).contains("Chào cờ");
        byte[] sheet = mvc.perform(
                        get("/api/v1/schools/{id}/timetable/export", school).with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Lớp 6A1");
        }

        byte[] pdf = mvc.perform(get("/api/v1/schools/{id}/timetable/pdf", school)
                        .param("by", "class")
                        .with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("THỜI KHÓA BIỂU LỚP 6A1", "Chào cờ", "Nguyễn Văn Tiến")
                    .doesNotContain("?");
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            javax.imageio.ImageIO.write(
                    new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 80),
                    "png",
                    java.nio.file.Path.of("target/screenshots/timetable-6A1-pdf.png")
                            .toFile());
        }
        byte[] byTeacher = mvc.perform(get("/api/v1/schools/{id}/timetable/pdf", school)
                        .param("by", "teacher")
                        .with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(byTeacher)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("THỜI KHÓA BIỂU GIÁO VIÊN Nguyễn Văn Tiến");
        }

        long idleFindings =
                JsonPath.<List<Object>>read(done, "$.solution.constraints[?(@.name == 'Teacher idle period')].count")
                        .stream()
                        .mapToLong(n -> ((Number) n).longValue())
                        .sum();
        if (idleFindings > 0) {
            assertThat(page).containsPattern("GV .+ có \\d tiết trống (sáng|chiều) T[2-7]");
        }
    }

    @Test
    void aTeacherAwayForADayGetsAReSolveThatMovesOnlyAFewPeriods() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String started = mvc.perform(post("/api/v1/schools/{id}/timetable/runs", school)
                        .param("seconds", "4")
                        .with(Demo.bearer(token)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long base = ((Number) JsonPath.read(started, "$.id")).longValue();
        String inUse = waitFor(school, base, token, List.of("DONE", "FAILED"));
        mvc.perform(post("/api/v1/schools/{id}/timetable/runs/{r}/publish", school, base)
                        .with(Demo.bearer(token)))
                .andExpect(status().isNoContent());
        String problem = read("/api/v1/schools/" + school + "/timetable/problem", token);
        // A subject teacher (no homeroom class, so no fixed chào cờ) with periods on Wednesday.
        List<String> homeroom = JsonPath.read(problem, "$.classes[*].homeroomTeacher");
        java.util.Map<String, String> teacherOf = new java.util.HashMap<>();
        JsonPath.<List<java.util.Map<String, Object>>>read(problem, "$.lessons[*]")
                .forEach(l -> teacherOf.put((String) l.get("id"), (String) l.get("teacher")));
        java.util.Map<String, Integer> wednesday = new java.util.TreeMap<>();
        JsonPath.<List<java.util.Map<String, Object>>>read(inUse, "$.solution.placements[?(@.day == 'T4')]")
                .forEach(p -> wednesday.merge(teacherOf.get((String) p.get("lesson")), 1, Integer::sum));
        String away = wednesday.keySet().stream()
                .filter(t -> !homeroom.contains(t))
                .findFirst()
                .orElseThrow();
        int awayPeriods = wednesday.get(away);

        String absence = mvc.perform(post("/api/v1/schools/{id}/timetable/absences", school)
                        .param("teacher", away.substring(2))
                        .param("days", "T4")
                        .param("seconds", "10")
                        .with(Demo.bearer(token)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long run = ((Number) JsonPath.read(absence, "$.id")).longValue();
        String done = waitFor(school, run, token, List.of("DONE", "FAILED"));

        assertThat(((Number) JsonPath.read(done, "$.hard")).longValue()).isZero();
        List<String> onWednesday = JsonPath.read(done, "$.solution.placements[?(@.day == 'T4')].lesson");
        assertThat(onWednesday.stream().map(teacherOf::get)).doesNotContain(away);
        int moved = JsonPath.read(done, "$.absence.movedPeriods");
        assertThat(moved)
                .as("the %d periods of the absent teacher, and few others", awayPeriods)
                .isBetween(awayPeriods, 3 * awayPeriods + 4);
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        assertThat(TimetableSolveTest.breaches(
                        mapper.readTree(problem), mapper.readTree(done).get("solution")))
                .as("the format's hard rules hold")
                .isEmpty();
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/schools/{id}/timetable", school).with(demo.as("hieutruong2")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("vắng T4: " + moved + " tiết đổi chỗ");

        mvc.perform(post("/api/v1/schools/{id}/timetable/absences", school)
                        .param("teacher", away.substring(2))
                        .param("days", "CN")
                        .with(Demo.bearer(token)))
                .andExpect(status().isBadRequest());
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long jdbcClass(String name) {
        return vn.eduvn.SchoolClasses.id(mvc, demo, demo.school2().id(), name);
    }

    @Test
    void aTeachersRequestsAreRespectedByEverySolve() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        long manh = jdbc.sql("select id from registry_staff where school_unit_id = ? and full_name = 'Vũ Đình Mạnh'")
                .param(school)
                .query(Long.class)
                .single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/schools/{id}/timetable/requests/{s}", school, manh)
                        .with(Demo.bearer(token))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"unavailable\": [\"T3/SANG\", \"T5/SANG\"], \"maxDaysPerWeek\": 4}"))
                .andExpect(status().isNoContent());
        for (String bad :
                List.of("{\"unavailable\": [\"T8/SANG\"]}", "{\"unavailable\": [], \"maxPeriodsPerDay\": 11}")) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                    "/api/v1/schools/{id}/timetable/requests/{s}", school, manh)
                            .with(Demo.bearer(token))
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .content(bad))
                    .andExpect(status().isBadRequest());
        }
        String problem = read("/api/v1/schools/" + school + "/timetable/problem", token);
        assertThat(JsonPath.<List<String>>read(problem, "$.teachers[?(@.id == 'GV" + manh + "')].unavailable[*].day"))
                .containsExactly("T3", "T5");

        String started = mvc.perform(post("/api/v1/schools/{id}/timetable/runs", school)
                        .param("seconds", "4")
                        .with(Demo.bearer(token)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long run = ((Number) JsonPath.read(started, "$.id")).longValue();
        String done = waitFor(school, run, token, List.of("DONE", "FAILED"));
        assertThat(((Number) JsonPath.read(done, "$.hard")).longValue()).isZero();
        List<String> lessons = JsonPath.read(problem, "$.lessons[?(@.teacher == 'GV" + manh + "')].id");
        List<String> days = new java.util.ArrayList<>();
        for (String lesson : lessons) {
            days.addAll(
                    JsonPath.<List<String>>read(done, "$.solution.placements[?(@.lesson == '" + lesson + "')].day"));
        }
        assertThat(days).isNotEmpty().doesNotContain("T3", "T5");
        assertThat(new java.util.HashSet<>(days)).hasSizeLessThanOrEqualTo(4);

        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/schools/{id}/timetable/requests", school).with(demo.as("hieutruong2")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Vũ Đình Mạnh").containsPattern("id=\"off-" + manh + "-T3-SANG\"[^>]*checked");
        // Back as it was, for the other stories of the school.
        mvc.perform(post("/schools/{id}/timetable/requests/{s}", school, manh)
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(read("/api/v1/schools/" + school + "/timetable/problem", token))
                .doesNotContain("\"T3\",\"session\"");
    }

    @Test
    void aTimetableThatBreaksAHardRuleIsNotPublished() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        jdbc.sql("""
                insert into timetable_run (school_unit_id, status, seconds, started_by, started_at, hard, soft, problem, solution, progress, version)
                values (?, 'DONE', 1, 'test', current_timestamp, -2, -10, '{}', '{"format": "eduvn-timetable-solution/1", "hard": -2, "soft": -10, "placements": [], "constraints": []}', '[]', 0)""").param(school).update();
        long run = jdbc.sql("select max(id) from timetable_run where school_unit_id = ? and started_by = 'test'")
                .param(school)
                .query(Long.class)
                .single();
        String refused = mvc.perform(post("/api/v1/schools/{id}/timetable/runs/{r}/publish", school, run)
                        .with(Demo.bearer(token)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("2 vi phạm bắt buộc");
    }

    @Test
    void aSolveCanBeStoppedAndKeepsItsBestTimetable() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String started = mvc.perform(post("/api/v1/schools/{id}/timetable/runs", school)
                        .param("seconds", "120")
                        .with(Demo.bearer(token)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long run = ((Number) JsonPath.read(started, "$.id")).longValue();
        SolveRuns.improving(() -> read("/api/v1/schools/" + school + "/timetable/runs/" + run, token));
        mvc.perform(post("/api/v1/schools/{id}/timetable/runs/{r}/stop", school, run)
                        .with(Demo.bearer(token)))
                .andExpect(status().isNoContent());
        String stopped = waitFor(school, run, token, List.of("STOPPED", "DONE", "FAILED"));
        assertThat(JsonPath.<String>read(stopped, "$.status")).isEqualTo("STOPPED");
        assertThat(JsonPath.<List<Object>>read(stopped, "$.solution.placements"))
                .isNotEmpty();
        mvc.perform(post("/api/v1/schools/{id}/timetable/runs/{r}/stop", school, run)
                        .with(Demo.bearer(token)))
                .andExpect(status().isConflict());
    }

    @Test
    void solvesBeyondTheWorkersWaitTheirTurnAndCanBeCancelledBeforeTheyStart() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        List<Long> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(((Number) JsonPath.read(
                            mvc.perform(post("/api/v1/schools/{id}/timetable/runs", school)
                                            .param("seconds", "4")
                                            .with(Demo.bearer(token)))
                                    .andExpect(status().isAccepted())
                                    .andReturn()
                                    .getResponse()
                                    .getContentAsString(StandardCharsets.UTF_8),
                            "$.id"))
                    .longValue());
        }
        String third = read("/api/v1/schools/" + school + "/timetable/runs/" + runs.get(2), token);
        assertThat(JsonPath.<String>read(third, "$.status")).isEqualTo("QUEUED");
        mvc.perform(post("/api/v1/schools/{id}/timetable/runs/{r}/stop", school, runs.get(2))
                        .with(Demo.bearer(token)))
                .andExpect(status().isNoContent());
        for (long run : runs.subList(0, 2)) {
            assertThat(JsonPath.<String>read(waitFor(school, run, token, List.of("DONE", "FAILED")), "$.status"))
                    .isEqualTo("DONE");
        }
        String cancelled = read("/api/v1/schools/" + school + "/timetable/runs/" + runs.get(2), token);
        assertThat(JsonPath.<String>read(cancelled, "$.status")).isEqualTo("STOPPED");
        assertThat(JsonPath.<Object>read(cancelled, "$.solution")).isNull();
    }

    @Test
    void teachersAndOtherSchoolsNeitherSolveNorRead() throws Exception {
        long school = demo.school2().id();
        mvc.perform(post("/api/v1/schools/{id}/timetable/runs", school)
                        .param("seconds", "2")
                        .with(Demo.bearer(demo.token(mvc, "giaovien2"))))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/schools/{id}/timetable/problem", school)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong1"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/schools/{id}/timetable/runs", school)
                        .with(demo.as("hieutruong1"))
                        .with(csrf())
                        .param("seconds", "2"))
                .andExpect(status().isNotFound());
    }
}
