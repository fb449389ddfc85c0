package vn.eduvn.identity.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; a failed attempt comes back with its reason and the username typed. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object typed = session.getAttribute(SecurityConfig.LOGIN_USERNAME);
        model.addAttribute("username", typed == null ? "" : typed);
        session.removeAttribute(SecurityConfig.LOGIN_USERNAME);
        return "identity/login";
    }
}
