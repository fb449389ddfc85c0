package vn.eduvn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * A principal whose school keeps its timetable in FET uploads the .fet file on the timetable page and reads each
 * class's week, what is still broken, and the constraint types EduVN does not support; a broken file is answered
 * in Vietnamese, and only the school's principal or clerk may use the page.
 */
@EduVnTest
class FetPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    private String upload(byte[] content, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(
                        multipart("/schools/{id}/timetable/fet", demo.school2().id())
                                .file(new MockMultipartFile("file", "thcs-thu.fet", "application/xml", content))
                                .param("seconds", "3")
                                .with(demo.as(user))
                                .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void thePrincipalSolvesTheSchoolsFetFileOnThePage() throws Exception {
        mvc.perform(get("/schools/{id}/timetable/fet", demo.school2().id()).with(demo.as("hieutruong2")))
                .andExpect(status().isOk());
        String page =
                upload(new ClassPathResource("timetable/fet/thcs-thu.fet").getContentAsByteArray(), "hieutruong2");

        assertThat(page)
                .contains(
                        "id=\"fet-result\"",
                        "Trường THCS Thử",
                        "13 hoạt động đã xếp · 0 vi phạm bắt buộc",
                        "Một giáo viên: số giờ nghỉ tối thiểu giữa hai ngày × 1",
                        "ConstraintTeacherMinRestingHours",
                        "Hoạt động ở phòng định trước × 1",
                        "ConstraintActivityPreferredRoom",
                        "id=\"fet-grid-6A\"",
                        "id=\"fet-grid-6B\"",
                        "Toán – C.Lan")
                .doesNotContain("id=\"fet-grid-Khối 6\"");
        // Chào cờ, of the whole year, is locked at Monday's first hour: the first cell of each class's week.
        String grid = page.substring(page.indexOf("id=\"fet-grid-6B\""));
        assertThat(grid.substring(grid.indexOf("<tbody>"), grid.indexOf("</tr>", grid.indexOf("<tbody>"))))
                .contains("<td>Chào cờ – C.Hoa</td>");
    }

    @Test
    void aTeacherWhoseWeekCannotHoldTheirHoursIsNamedOnThePage() throws Exception {
        String xml = new ClassPathResource("timetable/fet/thcs-thu.fet")
                .getContentAsString(StandardCharsets.UTF_8)
                .replace(
                        "</Time_Constraints_List>",
                        "<ConstraintTeacherMaxDaysPerWeek><Weight_Percentage>100</Weight_Percentage>"
                                + "<Teacher_Name>C.Lan</Teacher_Name><Max_Days_Per_Week>1</Max_Days_Per_Week><Active>true</Active>"
                                + "</ConstraintTeacherMaxDaysPerWeek></Time_Constraints_List>");
        String page = upload(xml.getBytes(StandardCharsets.UTF_8), "hieutruong2");
        assertThat(page)
                .contains(
                        "id=\"fet-overfull\"",
                        "GV C.Lan có 8 tiết nhưng các ràng buộc bắt buộc",
                        "chỉ để lại 4 tiết: không thể xếp được");
    }

    @Test
    void aBrokenFileIsAnsweredInVietnameseAndATeacherCannotUseThePage() throws Exception {
        String page = upload("Thứ 2: Toán".getBytes(StandardCharsets.UTF_8), "hieutruong2");
        assertThat(page).contains("id=\"fet-problems\"", "Tệp không phải XML hợp lệ");
        mvc.perform(multipart("/schools/{id}/timetable/fet", demo.school2().id())
                        .file(new MockMultipartFile("file", "x.fet", "application/xml", new byte[10]))
                        .with(demo.as("giaovien2"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
