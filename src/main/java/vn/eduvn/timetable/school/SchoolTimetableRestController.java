package vn.eduvn.timetable.school;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.timetable.format.TimetableProblem;

/** A school's timetable over the API: its problem, and its solves in the background. */
@RestController
class SchoolTimetableRestController {

    private final TimetableRuns runs;

    private final MyTimetable myTimetable;

    private final TeacherRequests requests;

    private final org.springframework.context.MessageSource messages;

    private final Substitutes substitutes;

    private final LessonSettings lessonSettings;

    private final WeekRules weekRules;

    private final FixedLessons fixedLessons;

    SchoolTimetableRestController(
            TimetableRuns runs,
            MyTimetable myTimetable,
            TeacherRequests requests,
            org.springframework.context.MessageSource messages,
            Substitutes substitutes,
            LessonSettings lessonSettings,
            WeekRules weekRules,
            FixedLessons fixedLessons) {
        this.fixedLessons = fixedLessons;
        this.lessonSettings = lessonSettings;
        this.weekRules = weekRules;
        this.substitutes = substitutes;
        this.messages = messages;
        this.runs = runs;
        this.myTimetable = myTimetable;
        this.requests = requests;
    }

    @GetMapping("/api/v1/schools/{id}/timetable/problem")
    TimetableProblem problem(@PathVariable long id) {
        return runs.problem(id);
    }

    @PostMapping("/api/v1/schools/{id}/timetable/runs")
    ResponseEntity<Map<String, Object>> start(
            @PathVariable long id,
            @RequestParam(defaultValue = "60") int seconds,
            @RequestParam(required = false) Long from) {
        long run = runs.start(id, seconds, from);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", run, "status", "QUEUED"));
    }

    /**
     * Re-solves the published timetable for a teacher away on some days ({@code days=T4&days=T5}), moving as few
     * periods as it can; the run says how many it moved.
     */
    @PostMapping("/api/v1/schools/{id}/timetable/absences")
    ResponseEntity<Map<String, Object>> absence(
            @PathVariable long id,
            @RequestParam long teacher,
            @RequestParam(required = false) java.util.List<String> days,
            @RequestParam(defaultValue = "30") int seconds) {
        long run = runs.startAbsence(id, seconds, teacher, days);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", run, "status", "QUEUED"));
    }

    @GetMapping("/api/v1/schools/{id}/timetable/runs/{run}")
    TimetableRuns.RunView run(@PathVariable long id, @PathVariable long run) {
        return runs.get(id, run);
    }

    @PostMapping("/api/v1/schools/{id}/timetable/runs/{run}/stop")
    ResponseEntity<Void> stop(@PathVariable long id, @PathVariable long run) {
        runs.stop(id, run);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/schools/{id}/timetable/runs/{run}/publish")
    ResponseEntity<Void> publish(@PathVariable long id, @PathVariable long run) {
        runs.publish(id, run);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/me/timetable")
    java.util.List<MyTimetable.Week> mine() {
        return myTimetable.weeks();
    }

    /** The published timetable, or with {@code run} a solved run's draft, which the school prints to check first. */
    private TimetableRuns.Published timetable(long id, Long run) {
        runs.problem(id);
        return (run == null ? runs.published(id) : runs.draft(id, run))
                .orElseThrow(() -> vn.eduvn.platform.DomainException.notFound("timetable.error.notPublished"));
    }

    /** The school's published timetable (or a draft), every class's week one after another, as a sheet to print. */
    @GetMapping({"/api/v1/schools/{id}/timetable/export", "/schools/{id}/timetable/export"})
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) Long run) {
        TimetableRuns.Published published = timetable(id, run);
        var grids = SchoolTimetableController.grids(
                published.problem(), published.solution(), runs.subjectNames(id), false);
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of("Lớp / Tiết"));
        headers.addAll(published.problem().days());
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        grids.forEach((schoolClass, grid) -> {
            java.util.List<String> title = new java.util.ArrayList<>(java.util.List.of("Lớp " + schoolClass));
            published.problem().days().forEach(d -> title.add(""));
            rows.add(title);
            rows.addAll(grid);
        });
        return vn.eduvn.platform.sheets.Downloads.file(
                vn.eduvn.platform.sheets.TableFile.xlsx("Thời khóa biểu", headers, rows),
                vn.eduvn.platform.sheets.Downloads.XLSX,
                "thoi-khoa-bieu-" + id + ".xlsx");
    }

    @GetMapping("/api/v1/schools/{id}/timetable/requests")
    java.util.Collection<TeacherRequests.Request> requests(@PathVariable long id) {
        runs.problem(id);
        return requests.ofSchool(id).values();
    }

    record RequestInput(java.util.List<String> unavailable, Integer maxPeriodsPerDay, Integer maxDaysPerWeek) {}

    /** A teacher's request: sessions they cannot teach (T4/SANG), most periods a day, most days a week. */
    @org.springframework.web.bind.annotation.PutMapping("/api/v1/schools/{id}/timetable/requests/{staffId}")
    ResponseEntity<Void> request(
            @PathVariable long id,
            @PathVariable long staffId,
            @org.springframework.web.bind.annotation.RequestBody RequestInput input) {
        requests.save(
                id,
                new TeacherRequests.Request(
                        staffId, input.unavailable(), input.maxPeriodsPerDay(), input.maxDaysPerWeek()));
        return ResponseEntity.noContent().build();
    }

    /**
     * Moves one period by hand. 200 with the new score when kept; 409 with the hard rules it would break, in
     * words, when refused (send {@code "override": true} to keep it anyway, flagged).
     */
    @PostMapping({"/api/v1/schools/{id}/timetable/runs/{run}/moves", "/schools/{id}/timetable/runs/{run}/moves"})
    ResponseEntity<Map<String, Object>> move(
            @PathVariable long id,
            @PathVariable long run,
            @org.springframework.web.bind.annotation.RequestBody TimetableRuns.Move move) {
        TimetableRuns.MoveResult result = runs.move(id, run, move);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.util.List<String> words = result.broken().stream()
                .map(name -> messages.getMessage("timetable.constraint." + name.replace(' ', '_'), null, name, locale))
                .toList();
        return ResponseEntity.status(result.saved() ? HttpStatus.OK : HttpStatus.CONFLICT)
                .body(Map.of(
                        "saved",
                        result.saved(),
                        "hard",
                        result.hard(),
                        "soft",
                        result.soft(),
                        "broken",
                        result.broken(),
                        "explanation",
                        String.join("; ", words)));
    }

    /** Who could take an absent teacher's periods on the given days (T2…T7), from the published timetable. */
    @GetMapping("/api/v1/schools/{id}/timetable/substitutes")
    java.util.List<Substitutes.Cover> substitutes(
            @PathVariable long id, @RequestParam long teacher, @RequestParam java.util.List<String> days) {
        return substitutes.forAbsence(id, teacher, days);
    }

    /** The published timetable as PDF, a page per class ({@code by=class}) or per teacher ({@code by=teacher}). */
    @GetMapping({"/api/v1/schools/{id}/timetable/pdf", "/schools/{id}/timetable/pdf"})
    ResponseEntity<byte[]> pdf(
            @PathVariable long id,
            @RequestParam(defaultValue = "class") String by,
            @RequestParam(required = false) Long run) {
        TimetableRuns.Published published = timetable(id, run);
        boolean teachers = by.equals("teacher");
        var grids = SchoolTimetableController.grids(
                published.problem(), published.solution(), runs.subjectNames(id), teachers);
        String title = (teachers ? "THỜI KHÓA BIỂU GIÁO VIÊN" : "THỜI KHÓA BIỂU LỚP")
                + (published.publishedAt() == null ? " (BẢN NHÁP)" : "");
        byte[] pdf = TimetablePdf.write(
                runs.schoolName(id), title, published.problem().days(), grids);
        return vn.eduvn.platform.sheets.Downloads.file(
                pdf,
                org.springframework.http.MediaType.APPLICATION_PDF,
                "thoi-khoa-bieu-" + (teachers ? "giao-vien-" : "lop-") + id + ".pdf");
    }

    @GetMapping("/api/v1/schools/{id}/timetable/lessons")
    java.util.List<LessonSettings.Row> lessons(@PathVariable long id) {
        return lessonSettings.rows(id);
    }

    record LessonInput(Integer periodsPerWeek, Integer maxPerDay, java.util.List<Integer> blocks, String room) {}

    @org.springframework.web.bind.annotation.PutMapping("/api/v1/schools/{id}/timetable/lessons/{classId}/{subject}")
    ResponseEntity<Void> lesson(
            @PathVariable long id,
            @PathVariable long classId,
            @PathVariable String subject,
            @org.springframework.web.bind.annotation.RequestBody LessonInput input) {
        lessonSettings.save(
                id,
                new LessonSettings.Setting(
                        classId, subject, input.periodsPerWeek(), input.maxPerDay(), input.blocks(), input.room()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/schools/{id}/timetable/week")
    WeekRules.Week week(@PathVariable long id) {
        runs.problem(id);
        return weekRules.week(id);
    }

    @org.springframework.web.bind.annotation.PutMapping("/api/v1/schools/{id}/timetable/week")
    ResponseEntity<Void> week(
            @PathVariable long id, @org.springframework.web.bind.annotation.RequestBody WeekRules.Week week) {
        weekRules.saveWeek(id, week);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/schools/{id}/timetable/classes")
    java.util.List<WeekRules.ClassRow> classes(@PathVariable long id) {
        return weekRules.classRows(id);
    }

    record ClassRuleInput(java.util.List<String> sessions, boolean noGaps) {}

    @org.springframework.web.bind.annotation.PutMapping("/api/v1/schools/{id}/timetable/classes/{classId}")
    ResponseEntity<Void> classRule(
            @PathVariable long id,
            @PathVariable long classId,
            @org.springframework.web.bind.annotation.RequestBody ClassRuleInput input) {
        weekRules.saveClassRule(id, new WeekRules.ClassRule(classId, input.sessions(), input.noGaps()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/schools/{id}/timetable/rooms")
    java.util.List<LessonSettings.Room> rooms(@PathVariable long id) {
        runs.problem(id);
        return lessonSettings.rooms(id);
    }

    @org.springframework.web.bind.annotation.PutMapping("/api/v1/schools/{id}/timetable/rooms/{code}")
    ResponseEntity<Void> room(
            @PathVariable long id,
            @PathVariable String code,
            @org.springframework.web.bind.annotation.RequestBody LessonSettings.Room room) {
        lessonSettings.saveRoom(id, new LessonSettings.Room(code, room.name(), room.capacity()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/schools/{id}/timetable/fixed")
    java.util.List<FixedLessons.Fixed> fixed(@PathVariable long id) {
        return fixedLessons.list(id);
    }

    record FixedInput(long classId, String subjectCode, String day, String session, int period) {}

    @PostMapping("/api/v1/schools/{id}/timetable/fixed")
    ResponseEntity<Map<String, Long>> addFixed(
            @PathVariable long id, @org.springframework.web.bind.annotation.RequestBody FixedInput input) {
        long fixedId = fixedLessons.add(
                id,
                new FixedLessons.Fixed(
                        null,
                        input.classId(),
                        null,
                        input.subjectCode(),
                        input.day(),
                        input.session(),
                        input.period()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", fixedId));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/schools/{id}/timetable/fixed/{fixedId}")
    ResponseEntity<Void> removeFixed(@PathVariable long id, @PathVariable long fixedId) {
        fixedLessons.remove(id, fixedId);
        return ResponseEntity.noContent().build();
    }
}
