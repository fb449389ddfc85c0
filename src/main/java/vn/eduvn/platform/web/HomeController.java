package vn.eduvn.platform.web;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.eduvn.platform.Access;

/** The home page: what the signed-in user can do, by the roles they hold. */
@Controller
class HomeController {

    private final Access access;

    HomeController(Access access) {
        this.access = access;
    }

    @GetMapping("/")
    String home(Model model) {
        Set<String> roles = new java.util.TreeSet<>();
        access.grants().stream().map(g -> g.role().name()).forEach(roles::add);
        model.addAttribute("roles", roles);
        model.addAttribute("grants", access.grants());
        return "home";
    }
}
