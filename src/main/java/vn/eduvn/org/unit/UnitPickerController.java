package vn.eduvn.org.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.text.VietnameseText;

/**
 * The unit picker's search: the units the user may see whose name (accents or not) or code matches what they type,
 * each with the unit above it, so a person chooses a school by its name and its commune rather than typing an id.
 */
@Controller
class UnitPickerController {

    private static final int SHOWN = 15;

    private final Units units;

    UnitPickerController(Units units) {
        this.units = units;
    }

    /** A unit as the picker lists it: its name, what it is, and where it is. */
    record Choice(long id, String name, String typeCode, String parentName) {}

    @GetMapping(value = "/units/pick", headers = "HX-Request")
    String pick(@RequestParam(defaultValue = "") String q, Model model) {
        String folded =
                VietnameseText.fold(q.length() > 100 ? q.substring(0, 100) : q).trim();
        List<UnitView> visible = units.visible();
        Map<Long, String> names = new HashMap<>();
        visible.forEach(u -> names.put(u.id(), u.name()));
        List<Choice> choices = folded.length() < 2
                ? List.of()
                : visible.stream()
                        .filter(u -> VietnameseText.fold(u.name()).contains(folded)
                                || (u.code() != null
                                        && u.code()
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .contains(folded)))
                        .sorted(java.util.Comparator.comparingInt(UnitView::depth)
                                .reversed()
                                .thenComparing(UnitView::name))
                        .limit(SHOWN)
                        .map(u -> new Choice(
                                u.id(), u.name(), u.typeCode(), u.parentId() == null ? null : names.get(u.parentId())))
                        .toList();
        model.addAttribute("choices", choices);
        return "fragments/unit-picker :: choices";
    }
}
