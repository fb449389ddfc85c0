package vn.eduvn.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.eduvn.platform.DomainException;

/**
 * The user guides of {@code docs/guide} as pages of the application, in the reader's language, so that every page
 * can link to the guide of its module. The guides are the project's own text; raw HTML in them is escaped anyway.
 */
@Controller
class GuideController {

    /** The guides, in the order the guide pages list them. */
    static final List<String> GUIDES = List.of("platform", "registry", "assessment", "timetable", "admissions");

    private static final List<org.commonmark.Extension> EXTENSIONS =
            List.of(TablesExtension.create(), HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    private final HtmlRenderer renderer =
            HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    @GetMapping("/guide/{module}")
    String guide(@PathVariable String module, Model model) throws IOException {
        if (!GUIDES.contains(module)) {
            throw DomainException.notFound("guide.notFound");
        }
        String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
        ClassPathResource file = new ClassPathResource("guide/" + module + "." + language + ".md");
        try (InputStream in = file.getInputStream()) {
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            model.addAttribute("module", module);
            model.addAttribute("guides", GUIDES);
            model.addAttribute("html", renderer.render(parser.parse(markdown)));
        }
        return "guide";
    }
}
