package vn.eduvn.timetable.school;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.eduvn.platform.DomainException;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.timetable.fet.FetFile;
import vn.eduvn.timetable.fet.FetModel;
import vn.eduvn.timetable.fet.FetReader;
import vn.eduvn.timetable.fet.FetSolving;

/**
 * A school that keeps its timetable data in FET uploads its {@code .fet} file, EduVN solves it for a short while,
 * and the page shows each class's week, what the timetable still breaks, and every constraint type EduVN does not
 * support — listed, never dropped. A tool page: the file is not stored.
 */
@Controller
class FetPageController {

    /** A page waits for its answer: the search is kept short. */
    static final int MAX_PAGE_SECONDS = 60;

    private final RegistryApi registry;

    FetPageController(RegistryApi registry) {
        this.registry = registry;
    }

    @GetMapping("/schools/{id}/timetable/fet")
    String page(@PathVariable long id, Model model) {
        registry.requireKeeper(id);
        model.addAttribute("schoolId", id);
        model.addAttribute("leads", registry.leads(id));
        model.addAttribute("seconds", 10);
        return "timetable/fet";
    }

    @PostMapping("/schools/{id}/timetable/fet")
    String solve(
            @PathVariable long id,
            @RequestParam("file") MultipartFile upload,
            @RequestParam(defaultValue = "10") int seconds,
            Model model)
            throws IOException {
        registry.requireKeeper(id);
        model.addAttribute("schoolId", id);
        model.addAttribute("leads", registry.leads(id));
        model.addAttribute("seconds", seconds);
        try {
            if (seconds < 1 || seconds > MAX_PAGE_SECONDS) {
                throw DomainException.invalid("seconds", "timetable.error.seconds", MAX_PAGE_SECONDS);
            }
            FetFile file = FetReader.read(upload.getInputStream());
            FetSolving.Result result = FetSolving.solve(FetModel.of(file), seconds);
            model.addAttribute("fileName", upload.getOriginalFilename());
            model.addAttribute("file", file);
            model.addAttribute("result", result);
            model.addAttribute("grids", grids(file, result));
        } catch (DomainException e) {
            model.addAttribute("problems", problems(e));
        }
        return "timetable/fet";
    }

    /** A refusal as the page lists it: each named problem's message key and arguments. */
    static List<Object[]> problems(DomainException e) {
        List<Object[]> problems = new ArrayList<>();
        if (e instanceof vn.eduvn.platform.InvalidFields invalid) {
            invalid.problems().forEach(p -> problems.add(new Object[] {p.key(), p.args()}));
        } else {
            problems.add(new Object[] {e.messageKey(), e.args()});
        }
        return problems;
    }

    /**
     * Each class's week (the smallest students sets: subgroups, or groups and years without them) as rows of hours ×
     * columns of days: subject and teachers in each cell. An activity of a whole year or group shows in the week of
     * each of its classes, as chào cờ does in every class's printed timetable.
     */
    static Map<String, List<List<String>>> grids(FetFile file, FetSolving.Result result) {
        Map<Integer, FetFile.Activity> byId = new HashMap<>();
        file.activities().forEach(a -> byId.put(a.id(), a));
        Map<String, List<String>> classesOf = new HashMap<>();
        Map<String, List<List<String>>> grids = new LinkedHashMap<>();
        for (FetFile.Year y : file.years()) {
            List<String> ofYear = new ArrayList<>();
            if (y.groups().isEmpty()) {
                ofYear.add(y.name());
            }
            for (FetFile.Group g : y.groups()) {
                List<String> ofGroup = g.subgroups().isEmpty()
                        ? List.of(g.name())
                        : g.subgroups().stream().map(FetFile.Subgroup::name).toList();
                classesOf.computeIfAbsent(g.name(), k -> new ArrayList<>()).addAll(ofGroup);
                ofYear.addAll(ofGroup);
            }
            classesOf.computeIfAbsent(y.name(), k -> new ArrayList<>()).addAll(ofYear);
            // Classes in the order of the file.
            ofYear.forEach(c -> grids.putIfAbsent(c, emptyWeek(file)));
        }
        for (FetSolving.Placed placed : result.activities()) {
            FetFile.Activity a = byId.get(placed.id());
            int day = file.days().indexOf(placed.day());
            int hour = file.hours().indexOf(placed.hour());
            for (String students : a.students().stream()
                    .flatMap(n -> classesOf.getOrDefault(n, List.of(n)).stream())
                    .distinct()
                    .toList()) {
                List<List<String>> grid = grids.computeIfAbsent(students, k -> emptyWeek(file));
                for (int h = hour; h < hour + a.duration() && h < grid.size(); h++) {
                    String cell = a.subject() + (a.teachers().isEmpty() ? "" : " – " + String.join(", ", a.teachers()));
                    String before = grid.get(h).get(day);
                    grid.get(h).set(day, before.isEmpty() ? cell : before + " / " + cell);
                }
            }
        }
        grids.values()
                .removeIf(week -> week.stream().allMatch(row -> row.stream().allMatch(String::isEmpty)));
        return grids;
    }

    private static List<List<String>> emptyWeek(FetFile file) {
        List<List<String>> rows = new ArrayList<>();
        for (int h = 0; h < file.hours().size(); h++) {
            rows.add(new ArrayList<>(java.util.Collections.nCopies(file.days().size(), "")));
        }
        return rows;
    }
}
