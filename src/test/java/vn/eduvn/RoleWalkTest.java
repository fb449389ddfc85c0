package vn.eduvn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each demo role walks the platform in a real browser, on a phone and on a desk: from its home page it follows
 * every link of every page it reaches (links only, so nothing is changed), and every download. A walk fails on
 * an error page, a raw message key, JSON shown as a page, a page wider than the window, or a download that gives
 * no file. The pages visited are printed, so a page that no role reaches stands out.
 */
@EduVnTest
class RoleWalkTest {

    /** Pages that differ only in their ids are one page to the walk. */
    private static final int MAX_PAGES = 120;

    /** What Thymeleaf prints for a message key that no bundle has. */
    private static final java.util.regex.Pattern RAW_KEY = java.util.regex.Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({
        "admin,360",
        "admin,1366",
        "sogd,360",
        "sogd,1366",
        "hieutruong1,360",
        "hieutruong1,1366",
        "giaovu1,360",
        "giaovu1,1366",
        "giaovien1,360",
        "giaovien1,1366",
        "phuhuynh1,360",
        "phuhuynh1,1366",
        "public,360",
        "public,1366"
    })
    void everyPageARoleReachesWorks(String role, int width) {
        try (Browser browser = new Browser(port, width)) {
            String start = "/tuyen-sinh";
            if (!role.equals("public")) {
                browser.signIn(role);
                start = "/";
            }
            Walk walk = new Walk(browser, "http://localhost:" + port);
            walk.from(start);
            System.out.println("Role walk of " + role + " at " + width + " px: " + walk.pages.size() + " pages, "
                    + walk.downloads.size() + " downloads\n  " + String.join("\n  ", walk.pages) + "\n  "
                    + String.join("\n  ", walk.downloads));
            assertThat(walk.problems).as("what %s met at %d px", role, width).isEmpty();
        }
    }

    /** One walk: a queue of pages, the shapes already seen, and what went wrong where. */
    private static final class Walk {

        private final Browser browser;

        private final JavascriptExecutor js;

        private final String origin;

        private final Set<String> shapes = new LinkedHashSet<>();

        private final List<String> pages = new ArrayList<>();

        private final List<String> downloads = new ArrayList<>();

        private final List<String> problems = new ArrayList<>();

        Walk(Browser browser, String origin) {
            this.browser = browser;
            this.js = (JavascriptExecutor) browser.driver();
            this.origin = origin;
        }

        void from(String start) {
            Deque<String[]> queue = new ArrayDeque<>();
            queue.add(new String[] {origin + start, "(start)"});
            shapes.add(shape(origin + start));
            while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
                String[] next = queue.poll();
                visit(next[0], next[1], queue);
            }
        }

        private void visit(String url, String from, Deque<String[]> queue) {
            browser.driver().get(url);
            String path = url.substring(origin.length());
            pages.add(path);
            Object status = js.executeScript(
                    "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
            String html = browser.driver().getPageSource();
            String body = String.valueOf(js.executeScript("return document.body ? document.body.innerText : ''"));
            if (status instanceof Number code && code.intValue() >= 400) {
                problems.add(path + " (linked from " + from + ") answered " + code);
            }
            java.util.regex.Matcher key = RAW_KEY.matcher(html);
            if (key.find()) {
                problems.add(path + " shows a raw message key: " + key.group());
            }
            if (body.stripLeading().startsWith("{") || body.stripLeading().startsWith("[")) {
                problems.add(path + " (linked from " + from + ") shows JSON: "
                        + body.substring(0, Math.min(80, body.length())));
            }
            Number overflow = (Number) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow.intValue() > 1) {
                problems.add(path + " is " + overflow + " px wider than the window");
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>)
                    js.executeScript("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
            for (String link : links) {
                String target = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                if (!target.startsWith(origin) || skipped(target) || !shapes.add(shape(target))) {
                    continue;
                }
                follow(target, path, queue);
            }
        }

        /** A link's answer is looked at first: a page joins the queue, a file must be a file. */
        private void follow(String target, String from, Deque<String[]> queue) {
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0], { credentials: 'same-origin' })
                      .then(r => r.blob().then(b => done({ status: r.status, type: r.headers.get('content-type') || '',
                          disposition: r.headers.get('content-disposition') || '', size: b.size })))
                      .catch(e => done({ status: -1, type: String(e), disposition: '', size: 0 }));
                    """, target);
            String path = target.substring(origin.length());
            int status = ((Number) answer.get("status")).intValue();
            String type = String.valueOf(answer.get("type"));
            String disposition = String.valueOf(answer.get("disposition"));
            if (disposition.startsWith("attachment")) {
                downloads.add(path + " -> " + type + ", " + answer.get("size") + " bytes");
                if (status != 200 || ((Number) answer.get("size")).longValue() == 0) {
                    problems.add("download " + path + " (from " + from + ") gave " + status + " and no file");
                }
            } else if (type.contains("json")) {
                problems.add(path + " (linked from " + from + ") answers JSON (" + status + ")");
            } else if (status >= 400) {
                problems.add(path + " (linked from " + from + ") answered " + status);
            } else if (type.startsWith("text/html")) {
                queue.add(new String[] {target, from});
            }
        }

        private static boolean skipped(String url) {
            String path = URI.create(url).getPath();
            return url.contains("lang=")
                    || path.equals("/logout")
                    || path.startsWith("/swagger")
                    || path.startsWith("/api-docs")
                    || path.startsWith("/webjars")
                    || path.startsWith("/css");
        }

        /** The page a link leads to, with its ids left out: {@code /schools/7/students/12} is {@code /schools/#/students/#}. */
        private static String shape(String url) {
            return url.replaceAll("\\d+", "#");
        }
    }
}
