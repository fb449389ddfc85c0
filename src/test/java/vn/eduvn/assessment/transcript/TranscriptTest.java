package vn.eduvn.assessment.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.assessment.AssessmentApi;
import vn.eduvn.platform.SystemActor;

/**
 * A lower-secondary class's year ends: the homeroom teacher prints draft transcripts, the principal finalises
 * them once every result is in, and from then the transcripts carry a code and a QR code that the public
 * verification page confirms, while the class's records take no more changes.
 */
@EduVnTest
class TranscriptTest {

    private static final List<String> SUBJECTS = List.of(
            "NGU_VAN",
            "TOAN",
            "NGOAI_NGU_1",
            "GDCD",
            "LS_DL",
            "KHTN",
            "CONG_NGHE",
            "TIN_HOC",
            "GDTC",
            "NGHE_THUAT",
            "HDTN_HN");

    private static final List<String> COMMENTED = List.of("GDTC", "NGHE_THUAT", "HDTN_HN");

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentApi assessment;

    /** A new grade-9 class of school 2 with two pupils; giaovien2 is its homeroom teacher and teaches its subjects. */
    private record NinthGrade(long classId, long first, long second) {}

    private NinthGrade openClass(String name, String idSuffix) throws Exception {
        long school = demo.school2().id();
        mvc.perform(post("/schools/{id}/classes", school)
                .with(demo.as("hieutruong2"))
                .with(csrf())
                .param("name", name)
                .param("sessionsPerDay", "1"));
        long classId = vn.eduvn.SchoolClasses.id(mvc, demo, school, name);
        long teacher = jdbc.sql("select id from registry_staff where account_username = 'giaovien2'")
                .query(Long.class)
                .single();
        mvc.perform(post("/schools/{id}/classes/{c}/homeroom", school, classId)
                .with(demo.as("hieutruong2"))
                .with(csrf())
                .param("staffId", String.valueOf(teacher)));
        for (String subject : SUBJECTS) {
            mvc.perform(post("/schools/{id}/assignments", school)
                    .with(demo.as("hieutruong2"))
                    .with(csrf())
                    .param("classId", String.valueOf(classId))
                    .param("subjectCode", subject)
                    .param("staffId", String.valueOf(teacher)));
        }
        String token = demo.token(mvc, "hieutruong2");
        long first = enrol(token, "001211" + idSuffix + "1", "Lường Thị Ngọc Ánh", "2011-02-03", classId, "FEMALE");
        long second = enrol(token, "001211" + idSuffix + "2", "Đặng Quốc Việt", "2011-07-08", classId, "MALE");
        return new NinthGrade(classId, first, second);
    }

    private long enrol(String token, String personalId, String name, String born, long classId, String gender)
            throws Exception {
        String id = personalId.substring(0, 3) + (gender.equals("FEMALE") ? "3" : "2") + personalId.substring(4);
        String body = mvc.perform(
                        post("/api/v1/schools/{id}/students", demo.school2().id())
                                .with(Demo.bearer(token))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"personalId": "%s", "fullName": "%s", "birthDate": "%s", "gender": "%s", "ethnicityCode": "01", "classId": %d}""".formatted(id, name, born, gender, classId)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Every column of a term's gradebooks: {@code score} in scored subjects, Đ in GDTC. */
    private void enterTerm(NinthGrade c, int term, String score) {
        SystemActor.run(() -> {
            for (String subject : SUBJECTS) {
                BigDecimal periods = jdbc.sql(
                                "select periods_per_week from registry_teaching_assignment where class_id = ? and subject_code = ?")
                        .params(c.classId(), subject)
                        .query(BigDecimal.class)
                        .single();
                List<String> columns = assessment.gradebookColumns(
                        demo.school2().id(), c.classId(), 9, year(c), subject, periods, term);
                Map<Long, Map<String, String>> marks = new HashMap<>();
                for (long pupil : List.of(c.first(), c.second())) {
                    Map<String, String> cells = new HashMap<>();
                    columns.forEach(col -> cells.put(col, COMMENTED.contains(subject) ? "D" : score));
                    marks.put(pupil, cells);
                }
                assessment.enterMarks(c.classId(), subject, term, 9, marks);
            }
        });
    }

    private int year(NinthGrade c) {
        return jdbc.sql("select start_year from registry_class where id = ?")
                .param(c.classId())
                .query(Integer.class)
                .single();
    }

    private void conduct(NinthGrade c, long pupil, int term, String level) throws Exception {
        mvc.perform(put("/api/v1/homeroom/{c}/conduct", c.classId())
                        .with(Demo.bearer(demo.token(mvc, "giaovien2")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"term\": %d, \"level\": \"%s\"}".formatted(pupil, term, level)))
                .andExpect(status().isNoContent());
    }

    private byte[] pdf(String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(demo.as("giaovien2")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theHomeroomTeacherPrintsDraftsThePrincipalFinalisesAndAnyoneVerifiesByQrCode() throws Exception {
        NinthGrade c = openClass("9T1", "90010");
        enterTerm(c, 1, "8.5");
        conduct(c, c.first(), 1, "TOT");
        conduct(c, c.second(), 1, "KHA");
        mvc.perform(put("/api/v1/homeroom/{c}/comment", c.classId())
                        .with(Demo.bearer(demo.token(mvc, "giaovien2")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"studentId\": %d, \"body\": \"Chăm ngoan, tiến bộ rõ ở môn Ngữ văn; cần rèn chữ viết 🙂\"}"
                                        .formatted(c.first())))
                .andExpect(status().isNoContent());

        // A draft in the middle of the year: marked as such, no code.
        String draft = text(pdf("/transcripts/classes/{c}/students/{s}", c.classId(), c.first()));
        assertThat(draft)
                .contains("BẢN NHÁP", "Lường Thị Ngọc Ánh", "HỌC BẠ TRUNG HỌC CƠ SỞ", "Ngữ văn", "8,5", "Đ")
                .doesNotContain("Mã xác thực");

        // The year is incomplete: the principal is told whose results are missing, and nothing is finalised.
        String refused = mvc.perform(post("/api/v1/classes/{c}/transcripts/finalise", c.classId())
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Lường Thị Ngọc Ánh", "rèn luyện");
        assertThat(jdbc.sql("select count(*) from assessment_transcript where class_id = ?")
                        .param(c.classId())
                        .query(Long.class)
                        .single())
                .isZero();

        enterTerm(c, 2, "9");
        conduct(c, c.first(), 2, "TOT");
        conduct(c, c.second(), 2, "TOT");

        // Only the principal finalises; the homeroom teacher may not.
        mvc.perform(post("/api/v1/classes/{c}/transcripts/finalise", c.classId())
                        .with(Demo.bearer(demo.token(mvc, "giaovien2"))))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/transcripts/classes/{c}/finalise", c.classId())
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String listed = mvc.perform(get("/api/v1/classes/{c}/transcripts", c.classId())
                        .with(Demo.bearer(demo.token(mvc, "giaovien2"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((Boolean) JsonPath.read(listed, "$.finalised")).isTrue();
        List<String> codes = JsonPath.read(listed, "$.students[*].code");
        assertThat(codes).hasSize(2).allMatch(code -> code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));

        // The final transcript: the year's results, the code, the hash, and a QR code that opens the verification page.
        byte[] finalPdf = pdf("/transcripts/classes/{c}/students/{s}", c.classId(), c.first());
        String printed = text(finalPdf);
        assertThat(printed)
                .contains(
                        "Lường Thị Ngọc Ánh",
                        "Mã xác thực",
                        "8,5",
                        "9,0",
                        "8,8",
                        "Tốt",
                        "Học sinh Giỏi",
                        "Lên lớp",
                        "Chăm ngoan, tiến bộ rõ ở môn Ngữ văn; cần rèn chữ viết ?")
                .doesNotContain("BẢN NHÁP");
        try (PDDocument doc = Loader.loadPDF(finalPdf)) {
            PDFont font = doc.getPage(0)
                    .getResources()
                    .getFont(doc.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.isEmbedded()).as("the font is embedded").isTrue();
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(
                    page,
                    "png",
                    Path.of("target/screenshots/transcript-thcs.png").toFile());
            String url = new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(luminance(page))))
                    .getText();
            String code = codes.get(0).replace("-", "");
            assertThat(url).endsWith("/verify/" + code);
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("EduVN-Verification-Code"))
                    .isEqualTo(code);

            String verified =
                    HtmlUtils.htmlUnescape(mvc.perform(get(URI.create(url).getPath()))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8));
            String hash = doc.getDocumentInformation().getCustomMetadataValue("EduVN-Content-SHA256");
            assertThat(verified)
                    .contains("Học bạ hợp lệ", "Lường Thị Ngọc Ánh", hash)
                    .doesNotContain("001311900101");
            assertThat(printed.replaceAll("\\s", "")).contains(hash);
        }
        String unknown = HtmlUtils.htmlUnescape(mvc.perform(get("/verify").param("code", "AAAA-BBBB-CCCC"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(unknown).contains("Không có học bạ nào mang mã này");
        mvc.perform(get("/api/v1/public/transcripts/{code}", codes.get(1))).andExpect(status().isOk());

        // A parent linked to the pupil downloads the finalised transcript of their own child, and of no other.
        demo.createAccount(mvc, "phuhuynh.9t1", "PARENT", demo.school2().id());
        mvc.perform(post(
                                "/api/v1/schools/{id}/students/{s}/guardians",
                                demo.school2().id(),
                                c.first())
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"phuhuynh.9t1\"}"))
                .andExpect(status().isOk());
        String parent = demo.token(mvc, "phuhuynh.9t1");
        byte[] ofChild = mvc.perform(
                        get("/api/v1/me/children/{s}/transcript", c.first()).with(Demo.bearer(parent)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(ofChild)).contains("Lường Thị Ngọc Ánh", codes.get(0));
        mvc.perform(get("/api/v1/me/children/{s}/transcript", c.second()).with(Demo.bearer(parent)))
                .andExpect(status().isNotFound());

        // The year is final: no second finalisation, no more marks, conduct or comments.
        mvc.perform(post("/api/v1/classes/{c}/transcripts/finalise", c.classId())
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isConflict());
        var again = mvc.perform(post("/transcripts/classes/{c}/finalise", c.classId())
                        .with(demo.as("hieutruong2"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String told = HtmlUtils.htmlUnescape(mvc.perform(get("/transcripts/classes/{c}", c.classId())
                        .with(demo.as("hieutruong2"))
                        .flashAttrs(again.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(told).contains("đã được duyệt; không duyệt lại được").doesNotContain("id=\"finalise\"");
        mvc.perform(put("/api/v1/homeroom/{c}/conduct", c.classId())
                        .with(Demo.bearer(demo.token(mvc, "giaovien2")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"term\": 2, \"level\": \"KHA\"}".formatted(c.first())))
                .andExpect(status().isConflict());
        long book = jdbc.sql(
                        "select id from assessment_gradebook where class_id = ? and subject_code = 'TOAN' and term = 2")
                .param(c.classId())
                .query(Long.class)
                .single();
        mvc.perform(put("/api/v1/gradebooks/{id}/marks", book)
                        .with(Demo.bearer(demo.token(mvc, "giaovien2")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"column\": \"CK\", \"value\": \"2\", \"version\": 0}"
                                .formatted(c.first())))
                .andExpect(status().isConflict());

        // The level's transcript: a cover and the year.
        String cumulative = text(pdf("/transcripts/classes/{c}/students/{s}/cumulative", c.classId(), c.first()));
        assertThat(cumulative).contains("HỌC BẠ", "TRUNG HỌC CƠ SỞ", codes.get(0), "Trang 2/2");

        // Someone changes the stored content behind the application's back: the page and the printout say so.
        jdbc.sql(
                        "update assessment_transcript set content = replace(content, '8,8', '9,8') where class_id = ? and student_id = ?")
                .params(c.classId(), c.second())
                .update();
        String altered = HtmlUtils.htmlUnescape(mvc.perform(get("/verify/{code}", codes.get(1)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(altered).contains("không còn khớp mã băm");
        mvc.perform(get("/transcripts/classes/{c}/students/{s}", c.classId(), c.second())
                        .with(demo.as("giaovien2")))
                .andExpect(status().isConflict());
    }

    @Test
    void aPrimaryHomeroomTeacherPrintsADraftWithLevelsQualitiesAndCompetencies() throws Exception {
        long classId = jdbc.sql("select id from registry_class where school_unit_id = ? and name = '1A1'")
                .param(demo.school1().id())
                .query(Long.class)
                .single();
        long pupil = jdbc.sql("select min(id) from registry_student where class_id = ?")
                .param(classId)
                .query(Long.class)
                .single();
        byte[] draft = mvc.perform(get("/transcripts/classes/{c}/students/{s}", classId, pupil)
                        .with(demo.as("giaovien1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(draft))
                .contains(
                        "HỌC BẠ TIỂU HỌC",
                        "Tiếng Việt",
                        "Mức đạt được",
                        "Yêu nước",
                        "Giải quyết vấn đề, sáng tạo",
                        "BẢN NHÁP");
        try (PDDocument doc = Loader.loadPDF(draft)) {
            ImageIO.write(
                    new PDFRenderer(doc).renderImageWithDPI(0, 110),
                    "png",
                    Path.of("target/screenshots/transcript-primary-draft.png").toFile());
        }
        String page = mvc.perform(get("/transcripts/classes/{c}", classId).with(demo.as("giaovien1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Bản nháp").doesNotContain("id=\"finalise\"");
        String principal = mvc.perform(get("/transcripts/classes/{c}", classId).with(demo.as("hieutruong1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(principal).contains("id=\"finalise\"");
    }

    @Test
    void anotherSchoolsPrincipalAndTeacherSeeNothing() throws Exception {
        NinthGrade c = openClass("9T2", "90020");
        mvc.perform(get("/api/v1/classes/{c}/transcripts", c.classId())
                        .with(Demo.bearer(demo.token(mvc, "hieutruong1"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/classes/{c}/transcripts/{s}", c.classId(), c.first())
                        .with(Demo.bearer(demo.token(mvc, "giaovien1"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/classes/{c}/transcripts/finalise", c.classId())
                        .with(Demo.bearer(demo.token(mvc, "hieutruong1"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/children/{s}/transcript", c.first())
                        .with(Demo.bearer(demo.token(mvc, "phuhuynh1"))))
                .andExpect(status().isNotFound());
    }

    private static RGBLuminanceSource luminance(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    }
}
