package vn.eduvn.assessment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
 * The class results page speaks each class's own regime: a grade-1 class (TT27/2020) gets its educational result
 * and its qualities with the circular's letters, never a secondary conduct scale; a grade-6 class (TT22/2021) its
 * learning and conduct; no page promises a rating for later.
 */
@EduVnTest
class ClassResultsPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Test
    void aPrimaryClassShowsTheTt27YearEndAndNoConductScale() throws Exception {
        long classId = homeroom("giaovien1", "1A1");
        String year = page("giaovien1", classId, 0);
        assertThat(year)
                .contains("Kết quả giáo dục", "Thông tư 27/2020", "Đề nghị khen thưởng Học sinh Tiêu biểu")
                .doesNotContain("bản sau", "Rèn luyện</th>", "Hạnh kiểm", "Chưa đạt");
        String term = page("giaovien1", classId, 2);
        assertThat(term)
                .contains("(T: Tốt, Đ: Đạt, C: Cần cố gắng)", ">Đ</option>")
                .doesNotContain("id=\"conduct-");
    }

    @Test
    void aSecondaryClassShowsTheTt22LearningAndConduct() throws Exception {
        long classId = homeroom("giaovien2", "6A2");
        String term = page("giaovien2", classId, 1);
        assertThat(term)
                .contains("Học tập", "Rèn luyện", "Thông tư 22/2021", "id=\"conduct-", ">Chưa đạt</option>")
                .doesNotContain("bản sau", "Kết quả giáo dục", "Trung bình</option>");
    }

    private long homeroom(String teacher, String className) throws Exception {
        String mine = mvc.perform(get("/api/v1/me/teaching-assignments").with(Demo.bearer(demo.token(mvc, teacher))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Number> ids = JsonPath.read(mine, "$[?(@.className == '" + className + "')].classId");
        return ids.get(0).longValue();
    }

    private String page(String teacher, long classId, int term) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/homeroom/{c}", classId)
                        .param("term", String.valueOf(term))
                        .with(demo.as(teacher)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
