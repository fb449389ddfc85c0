package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.platform.web.FormRefusal;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;

/** A school's timetable: its problem, its solves in the background, and the result by class. */
@Controller
class SchoolTimetableController {

    private final TimetableRuns runs;

    private final MyTimetable myTimetable;

    private final TeacherRequests requests;

    private final Substitutes substitutes;

    private final LessonSettings lessonSettings;

    private final WeekRules weekRules;

    private final FixedLessons fixedLessons;

    private final vn.eduvn.registry.RegistryApi registry;

    SchoolTimetableController(
            TimetableRuns runs,
            MyTimetable myTimetable,
            TeacherRequests requests,
            Substitutes substitutes,
            LessonSettings lessonSettings,
            WeekRules weekRules,
            FixedLessons fixedLessons,
            vn.eduvn.registry.RegistryApi registry) {
        this.registry = registry;
        this.fixedLessons = fixedLessons;
        this.lessonSettings = lessonSettings;
        this.weekRules = weekRules;
        this.substitutes = substitutes;
        this.runs = runs;
        this.myTimetable = myTimetable;
        this.requests = requests;
    }

    @GetMapping("/schools/{id}/timetable")
    String page(@PathVariable long id, Model model) {
        TimetableProblem problem = runs.problem(id);
        TimetableRuns.RunView latest = runs.latest(id).orElse(null);
        model.addAttribute("schoolId", id);
        model.addAttribute("problem", problem);
        model.addAttribute(
                "periods",
                problem.lessons().stream()
                        .mapToInt(TimetableProblem.Lesson::periodsPerWeek)
                        .sum());
        model.addAttribute("run", latest);
        model.addAttribute("keeps", registry.keeps(id));
        boolean solved = latest != null && latest.solution() != null;
        // The result is read against the problem it answered, not against today's data.
        TimetableProblem shown = latest == null ? problem : runs.problemOf(id, latest.id());
        model.addAttribute("shown", shown);
        Map<String, String> subjects = runs.subjectNames(id);
        model.addAttribute("grids", solved ? grids(shown, latest.solution(), subjects, false) : Map.of());
        model.addAttribute("teacherGrids", solved ? grids(shown, latest.solution(), subjects, true) : Map.of());
        model.addAttribute("roomGrids", solved ? roomGrids(shown, latest.solution(), subjects) : Map.of());
        model.addAttribute("schoolGrid", solved ? schoolGrid(shown, latest.solution(), subjects) : Map.of());
        model.addAttribute("findings", solved ? Explanations.of(shown, latest.solution()) : List.of());
        model.addAttribute("cellLessons", solved ? grids(shown, latest.solution(), false, (l, t) -> l.id()) : Map.of());
        model.addAttribute("chart", latest == null ? null : chart(latest.progress()));
        List<String> rowSlots = new ArrayList<>();
        shown.periodsPerSession().forEach((session, n) -> {
            for (int p = 1; p <= n; p++) {
                rowSlots.add(session + "/" + p);
            }
        });
        model.addAttribute("rowSlots", rowSlots);
        model.addAttribute(
                "pinnedCount", latest == null ? 0 : runs.pinned(id, latest.id()).size());
        return "timetable/school";
    }

    /** Only the part that changes while a solve runs, for the page to poll. */
    @GetMapping("/schools/{id}/timetable/status")
    String status(@PathVariable long id, Model model) {
        page(id, model);
        return "timetable/school :: status";
    }

    @PostMapping("/schools/{id}/timetable/runs")
    String startFromPage(
            @PathVariable long id,
            @RequestParam(defaultValue = "60") int seconds,
            @RequestParam(required = false) Long from,
            RedirectAttributes redirect) {
        FormRefusal.attempt(redirect, "timetable.started", () -> runs.start(id, seconds, from));
        return "redirect:/schools/" + id + "/timetable";
    }

    @PostMapping("/schools/{id}/timetable/absences")
    String absenceFromPage(
            @PathVariable long id,
            @RequestParam long teacher,
            @RequestParam(required = false) List<String> days,
            @RequestParam(defaultValue = "30") int seconds,
            RedirectAttributes redirect) {
        FormRefusal.attempt(redirect, "timetable.started", () -> runs.startAbsence(id, seconds, teacher, days));
        return "redirect:/schools/" + id + "/timetable";
    }

    @PostMapping("/schools/{id}/timetable/runs/{run}/publish")
    String publishFromPage(@PathVariable long id, @PathVariable long run, RedirectAttributes redirect) {
        FormRefusal.attempt(redirect, "timetable.published", () -> runs.publish(id, run));
        return "redirect:/schools/" + id + "/timetable";
    }

    @GetMapping("/schools/{id}/timetable/requests")
    String requests(@PathVariable long id, Model model) {
        TimetableProblem problem = runs.problem(id);
        model.addAttribute("schoolId", id);
        model.addAttribute("problem", problem);
        model.addAttribute("requests", requests.ofSchool(id));
        return "timetable/requests";
    }

    @PostMapping("/schools/{id}/timetable/requests/{staffId}")
    String saveRequest(
            @PathVariable long id,
            @PathVariable long staffId,
            @RequestParam(name = "off", required = false) List<String> off,
            @RequestParam(required = false) Integer maxPeriodsPerDay,
            @RequestParam(required = false) Integer maxDaysPerWeek,
            RedirectAttributes redirect) {
        FormRefusal.attempt(
                redirect,
                "timetable.requestSaved",
                () -> requests.save(
                        id,
                        new TeacherRequests.Request(
                                staffId, off == null ? List.of() : off, maxPeriodsPerDay, maxDaysPerWeek)));
        return "redirect:/schools/" + id + "/timetable/requests";
    }

    @GetMapping("/schools/{id}/timetable/substitutes")
    String substitutes(
            @PathVariable long id,
            @RequestParam(required = false) Long teacher,
            @RequestParam(required = false) List<String> days,
            Model model) {
        TimetableProblem problem = runs.problem(id);
        model.addAttribute("schoolId", id);
        model.addAttribute("problem", problem);
        model.addAttribute("teacher", teacher);
        model.addAttribute("days", days == null ? List.of() : days);
        if (teacher != null && days != null && !days.isEmpty()) {
            try {
                model.addAttribute("covers", substitutes.forAbsence(id, teacher, days));
            } catch (vn.eduvn.platform.DomainException e) {
                model.addAttribute("failure", e.messageKey());
                model.addAttribute("failureArgs", e.args());
            }
        }
        return "timetable/substitutes";
    }

    @GetMapping("/schools/{id}/timetable/lessons")
    String lessons(@PathVariable long id, Model model) {
        model.addAttribute("schoolId", id);
        model.addAttribute("rows", lessonSettings.rows(id));
        model.addAttribute("rooms", lessonSettings.rooms(id));
        model.addAttribute("week", weekRules.week(id));
        model.addAttribute("classRows", weekRules.classRows(id));
        model.addAttribute("fixed", fixedLessons.list(id));
        model.addAttribute("subjectNames", runs.subjectNames(id));
        return "timetable/lessons";
    }

    /** Fixes a period of a class's subject; refused, the form comes back as the principal filled it in. */
    @PostMapping("/schools/{id}/timetable/fixed")
    String addFixed(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String lesson,
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") String session,
            @RequestParam(defaultValue = "0") int period,
            RedirectAttributes redirect) {
        String[] classAndSubject = lesson.split("/", 2);
        try {
            if (classAndSubject.length != 2) {
                throw vn.eduvn.platform.DomainException.invalid("lesson", "timetable.error.classNotFound");
            }
            fixedLessons.add(
                    id,
                    new FixedLessons.Fixed(
                            null, Long.parseLong(classAndSubject[0]), null, classAndSubject[1], day, session, period));
            redirect.addFlashAttribute("success", "timetable.fixedSaved");
        } catch (vn.eduvn.platform.DomainException | NumberFormatException e) {
            if (e instanceof vn.eduvn.platform.DomainException refused) {
                FormRefusal.flash(refused, redirect);
            } else {
                redirect.addFlashAttribute("failure", "timetable.error.classNotFound");
            }
            redirect.addFlashAttribute(
                    "typedFixed",
                    Map.of("lesson", lesson, "day", day, "session", session, "period", String.valueOf(period)));
        }
        return "redirect:/schools/" + id + "/timetable/lessons#fixed-lessons";
    }

    @PostMapping("/schools/{id}/timetable/fixed/{fixedId}/remove")
    String removeFixed(@PathVariable long id, @PathVariable long fixedId, RedirectAttributes redirect) {
        FormRefusal.attempt(redirect, "timetable.fixedRemoved", () -> fixedLessons.remove(id, fixedId));
        return "redirect:/schools/" + id + "/timetable/lessons#fixed-lessons";
    }

    @PostMapping("/schools/{id}/timetable/week")
    String saveWeek(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean saturday,
            @RequestParam(defaultValue = "5") int morningPeriods,
            @RequestParam(defaultValue = "5") int afternoonPeriods,
            @RequestParam(defaultValue = "") String flagDay,
            @RequestParam(defaultValue = "1") int flagPeriod,
            @RequestParam(defaultValue = "") String meetingDay,
            @RequestParam(required = false) Integer meetingPeriod,
            RedirectAttributes redirect) {
        FormRefusal.attempt(
                redirect,
                "timetable.weekSaved",
                () -> weekRules.saveWeek(
                        id,
                        new WeekRules.Week(
                                saturday,
                                morningPeriods,
                                afternoonPeriods,
                                flagDay.isBlank() ? null : flagDay,
                                flagPeriod,
                                meetingDay.isBlank() ? null : meetingDay,
                                meetingPeriod)));
        return "redirect:/schools/" + id + "/timetable/lessons";
    }

    @PostMapping("/schools/{id}/timetable/classes/{classId}")
    String saveClassRule(
            @PathVariable long id,
            @PathVariable long classId,
            @RequestParam(defaultValue = "SANG") String sessions,
            @RequestParam(defaultValue = "false") boolean noGaps,
            RedirectAttributes redirect) {
        FormRefusal.attempt(
                redirect,
                "timetable.classRuleSaved",
                () -> weekRules.saveClassRule(
                        id, new WeekRules.ClassRule(classId, List.of(sessions.split(",")), noGaps)));
        return "redirect:/schools/" + id + "/timetable/lessons";
    }

    @PostMapping("/schools/{id}/timetable/lessons/{classId}/{subject}")
    String saveLesson(
            @PathVariable long id,
            @PathVariable long classId,
            @PathVariable String subject,
            @RequestParam(required = false) Integer periodsPerWeek,
            @RequestParam(required = false) Integer maxPerDay,
            @RequestParam(defaultValue = "") String blocks,
            @RequestParam(defaultValue = "") String room,
            RedirectAttributes redirect) {
        try {
            lessonSettings.save(
                    id,
                    new LessonSettings.Setting(
                            classId, subject, periodsPerWeek, maxPerDay, LessonSettings.blocks(blocks), room));
            redirect.addFlashAttribute("success", "timetable.lessonSaved");
        } catch (vn.eduvn.platform.DomainException e) {
            // The row comes back as the principal typed it, with the reason above.
            FormRefusal.flash(e, redirect);
            redirect.addFlashAttribute(
                    "typed",
                    Map.of(
                            "row",
                            "lesson-" + classId + "-" + subject,
                            "periodsPerWeek",
                            periodsPerWeek == null ? "" : periodsPerWeek.toString(),
                            "maxPerDay",
                            maxPerDay == null ? "" : maxPerDay.toString(),
                            "blocks",
                            blocks,
                            "room",
                            room));
        }
        return "redirect:/schools/" + id + "/timetable/lessons";
    }

    @PostMapping("/schools/{id}/timetable/rooms")
    String saveRoom(
            @PathVariable long id,
            @RequestParam String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "1") int capacity,
            RedirectAttributes redirect) {
        FormRefusal.attempt(
                redirect,
                "timetable.roomSaved",
                () -> lessonSettings.saveRoom(id, new LessonSettings.Room(code, name, capacity)));
        return "redirect:/schools/" + id + "/timetable/lessons";
    }

    @GetMapping("/my/timetable")
    String mine(Model model) {
        model.addAttribute("weeks", myTimetable.weeks());
        return "timetable/mine";
    }

    @PostMapping("/schools/{id}/timetable/runs/{run}/stop")
    String stopFromPage(@PathVariable long id, @PathVariable long run, RedirectAttributes redirect) {
        FormRefusal.attempt(redirect, "timetable.stopped", () -> runs.stop(id, run));
        return "redirect:/schools/" + id + "/timetable";
    }

    /** The hard and soft score over time as two polylines of a 300 × 60 chart (null with fewer than two points). */
    static Map<String, String> chart(List<Map<String, Object>> progress) {
        if (progress.size() < 2) {
            return null;
        }
        double last = ((Number) progress.get(progress.size() - 1).get("ms")).doubleValue();
        Map<String, String> lines = new LinkedHashMap<>();
        for (String score : List.of("hard", "soft")) {
            double low = progress.stream()
                    .mapToDouble(p -> ((Number) p.get(score)).doubleValue())
                    .min()
                    .orElse(0);
            StringBuilder points = new StringBuilder();
            for (Map<String, Object> p : progress) {
                double x = last == 0 ? 0 : ((Number) p.get("ms")).doubleValue() / last * 300;
                double y = low == 0 ? 2 : 2 + ((Number) p.get(score)).doubleValue() / low * 56;
                points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            lines.put(score, points.toString().trim());
        }
        return lines;
    }

    /**
     * Each class's (or teacher's) week as rows of periods × columns of days, the cell saying subject and teacher
     * (or subject and class).
     */
    static Map<String, List<List<String>>> grids(
            TimetableProblem problem, TimetableSolution solution, Map<String, String> subjects, boolean byTeacher) {
        return grids(
                problem,
                solution,
                byTeacher,
                (l, teachers) -> subjects.getOrDefault(l.subject(), l.subject()) + " – "
                        + (byTeacher ? l.classId() : teachers.getOrDefault(l.teacher(), l.teacher())));
    }

    /** The same weeks, each cell holding what {@code cell} says of the lesson placed there. */
    static Map<String, List<List<String>>> grids(
            TimetableProblem problem,
            TimetableSolution solution,
            boolean byTeacher,
            java.util.function.BiFunction<TimetableProblem.Lesson, Map<String, String>, String> cell) {
        Map<String, String> names = new LinkedHashMap<>();
        problem.teachers().forEach(t -> names.put(t.id(), t.name()));
        List<String> owners = byTeacher
                ? problem.teachers().stream().map(t -> t.name()).toList()
                : problem.classes().stream().map(c -> c.id()).toList();
        return grids(
                problem,
                solution,
                owners,
                (p, l) -> byTeacher ? names.getOrDefault(l.teacher(), l.teacher()) : l.classId(),
                cell);
    }

    /** The whole school on one sheet: a row per class, a column per period of the week, the subject in each. */
    static Map<String, List<String>> schoolGrid(
            TimetableProblem problem, TimetableSolution solution, Map<String, String> subjects) {
        List<String> columns = new ArrayList<>();
        for (String day : problem.days()) {
            problem.periodsPerSession().forEach((session, n) -> {
                for (int p = 1; p <= n; p++) {
                    columns.add(day + "/" + session + "/" + p);
                }
            });
        }
        Map<String, TimetableProblem.Lesson> lessons = new LinkedHashMap<>();
        problem.lessons().forEach(l -> lessons.put(l.id(), l));
        Map<String, List<String>> grid = new LinkedHashMap<>();
        problem.classes()
                .forEach(c -> grid.put(c.id(), new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""))));
        for (var p : solution.placements()) {
            TimetableProblem.Lesson l = lessons.get(p.lesson());
            int at = columns.indexOf(p.day() + "/" + p.session() + "/" + p.period());
            if (l != null && at >= 0 && grid.containsKey(l.classId())) {
                grid.get(l.classId()).set(at, subjects.getOrDefault(l.subject(), l.subject()));
            }
        }
        return grid;
    }

    /** Each shared room's week, the cell saying subject and class. */
    static Map<String, List<List<String>>> roomGrids(
            TimetableProblem problem, TimetableSolution solution, Map<String, String> subjects) {
        Map<String, String> rooms = new LinkedHashMap<>();
        (problem.rooms() == null ? List.<TimetableProblem.Room>of() : problem.rooms())
                .forEach(r -> rooms.put(r.id(), r.name()));
        return grids(
                problem,
                solution,
                new ArrayList<>(rooms.values()),
                (p, l) -> p.room() == null ? null : rooms.get(p.room()),
                (l, t) -> subjects.getOrDefault(l.subject(), l.subject()) + " – " + l.classId());
    }

    /** The weeks of {@code owners}, each placement filed under {@code ownerOf} and described by {@code cell}. */
    static Map<String, List<List<String>>> grids(
            TimetableProblem problem,
            TimetableSolution solution,
            List<String> owners,
            java.util.function.BiFunction<TimetableSolution.Placement, TimetableProblem.Lesson, String> ownerOf,
            java.util.function.BiFunction<TimetableProblem.Lesson, Map<String, String>, String> cell) {
        Map<String, TimetableProblem.Lesson> lessons = new LinkedHashMap<>();
        problem.lessons().forEach(l -> lessons.put(l.id(), l));
        Map<String, String> teachers = new LinkedHashMap<>();
        problem.teachers().forEach(t -> teachers.put(t.id(), t.name()));
        List<String> rows = new ArrayList<>();
        problem.periodsPerSession().forEach((session, n) -> {
            for (int p = 1; p <= n; p++) {
                rows.add(session + "/" + p);
            }
        });
        Map<String, List<List<String>>> grids = new LinkedHashMap<>();
        for (String owner : owners) {
            List<List<String>> grid = new ArrayList<>();
            for (String row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(row.replace("SANG/", "Sáng ").replace("CHIEU/", "Chiều "));
                for (int d = 0; d < problem.days().size(); d++) {
                    cells.add("");
                }
                grid.add(cells);
            }
            grids.put(owner, grid);
        }
        for (var p : solution.placements()) {
            TimetableProblem.Lesson l = lessons.get(p.lesson());
            String owner = l == null ? null : ownerOf.apply(p, l);
            if (owner == null || !grids.containsKey(owner)) {
                continue;
            }
            int row = rows.indexOf(p.session() + "/" + p.period());
            int day = problem.days().indexOf(p.day());
            List<String> cells = grids.get(owner).get(row);
            String text = cell.apply(l, teachers);
            cells.set(day + 1, cells.get(day + 1).isEmpty() ? text : cells.get(day + 1) + " / " + text);
        }
        return grids;
    }
}
