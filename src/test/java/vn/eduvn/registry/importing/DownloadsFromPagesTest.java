package vn.eduvn.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * A signed-in clerk downloads every list and template from the pages with the browser's session, not a bearer
 * token; a download outside their school answers with the error page in their language, never JSON.
 */
@EduVnTest
class DownloadsFromPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Test
    void theClerkDownloadsEveryListAndTemplateWithTheSession() throws Exception {
        long school = demo.school1().id();
        for (String path : new String[] {
            "/schools/" + school + "/students/export?format=xlsx",
            "/schools/" + school + "/students/export?format=csv",
            "/schools/" + school + "/staff/export?format=xlsx",
            "/schools/" + school + "/classes/export?format=csv",
            "/schools/" + school + "/oneroster",
            "/students/import-template",
            "/staff/import-template",
            "/classes/import-template",
            "/units/" + school + "/statistics/export"
        }) {
            byte[] file = mvc.perform(get(path).with(demo.as("giaovu1")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(file).as(path).isNotEmpty();
        }
    }

    @Test
    void aDownloadOfAnotherSchoolShowsThePageNotJson() throws Exception {
        String page = mvc.perform(
                        get("/schools/{id}/students/export", demo.school2().id())
                                .with(demo.as("giaovu1"))
                                .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/html")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"error-title\"")
                .doesNotContain(demo.school2().name());
        // The same export through the API stays a problem document for machine clients.
        mvc.perform(get("/api/v1/schools/{id}/students/export", demo.school2().id())
                        .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isNotFound())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
    }
}
