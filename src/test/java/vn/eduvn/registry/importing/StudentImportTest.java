package vn.eduvn.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** A clerk imports the students of their school from the Excel template. */
@EduVnTest
class StudentImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** A personal identifier that fits the birth date and sex: Hà Nội (001), century-and-sex digit, year. */
    static String id(LocalDate birth, boolean female, int serial) {
        int g = (birth.getYear() / 100 - 19) * 2 + (female ? 1 : 0);
        return String.format("001%d%02d%06d", g, birth.getYear() % 100, serial);
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @Test
    void theClerkImportsStudentsAndReimportingUpdatesThemWithoutDuplicates() throws Exception {
        LocalDate b1 = LocalDate.of(2016, 3, 14);
        LocalDate b2 = LocalDate.of(2016, 11, 2);
        byte[] file = Workbooks.students(List.of(
                row(id(b1, false, 100001), "Nguyễn Văn An", "14/03/2016", "Nam", "Kinh", "5C1"),
                row(id(b2, true, 100002), "Đặng Thị Bích", b2, "Nữ", "Tày", "5C1"),
                row(id(b1, true, 100003), "Lò Thị Ánh", "2016-03-14", "Nữ", "Thái", "5C2")));
        importAs("giaovu1", demo.school1().id(), file, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.createdClasses").value(hasItem("5C1")));
        assertThat(count("001%10000_")).isEqualTo(3);

        importAs("giaovu1", demo.school1().id(), file, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.updated").value(3));
        assertThat(count("001%10000_")).isEqualTo(3);
        assertThat(jdbc.sql("select ethnicity_code from registry_student where personal_id = ?")
                        .param(id(b1, true, 100003))
                        .query(String.class)
                        .single())
                .isEqualTo("03");
    }

    @Test
    void everyBadRowIsReportedWithRowAndColumnAndNothingIsImported() throws Exception {
        LocalDate b = LocalDate.of(2015, 5, 20);
        String duplicate = id(b, false, 200001);
        String atSchool2 = jdbc.sql(
                        "select personal_id from registry_student where school_unit_id = ? order by id limit 1")
                .param(demo.school2().id())
                .query(String.class)
                .single();
        byte[] file = Workbooks.students(List.of(
                row(duplicate, "Trần Minh Khôi", "20/05/2015", "Nam", "Kinh", "4C1"),
                row("00121500001", "Mười Một Số", "20/05/2015", "Nam", "Kinh", "4C1"),
                row("00121500000A", "Có Chữ Cái", "20/05/2015", "Nam", "Kinh", "4C1"),
                row(id(b, true, 200004), "Ngày Không Có", "31/02/2015", "Nữ", "Kinh", "4C1"),
                row(id(b, true, 200005), "Dân Tộc Lạ", "20/05/2015", "Nữ", "Klingon", "4C1"),
                row(id(b, true, 200006), null, "20/05/2015", "Nữ", "Kinh", "4C1"),
                row(
                        id(b, true, 200007),
                        new Workbooks.Formula("CONCATENATE(\"A\",\"B\")"),
                        "20/05/2015",
                        "Nữ",
                        "Kinh",
                        "4C1"),
                row(duplicate, "Trùng Mã Định Danh", "20/05/2015", "Nam", "Kinh", "4C1"),
                row(atSchool2, "Học Sinh Trường Khác", "20/05/2015", "Nam", "Kinh", "4C1"),
                row(id(b, false, 200010), "Ngày Sai Kiểu", "20 tháng 5", "Nam", "Kinh", "4C1")));
        String body = importAs("giaovu1", demo.school1().id(), file, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rejected").value(9))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(errorsOf(body))
                .containsExactlyInAnyOrder(
                        "3|Mã định danh|Mã định danh \"00121500001\" phải gồm đúng 12 chữ số (định dạng ô là Văn bản để giữ số 0 ở đầu).",
                        "4|Mã định danh|Mã định danh \"00121500000A\" phải gồm đúng 12 chữ số (định dạng ô là Văn bản để giữ số 0 ở đầu).",
                        "5|Ngày sinh|Ngày sinh \"31/02/2015\" không tồn tại.",
                        "6|Dân tộc|Dân tộc \"Klingon\" không có trong danh mục 54 dân tộc.",
                        "7|Họ và tên|Ô này không được để trống.",
                        "8|Họ và tên|Ô chứa công thức; hãy dán giá trị thay cho công thức.",
                        "9|Mã định danh|Mã định danh trùng với dòng 2 trong tệp.",
                        "10|Mã định danh|Mã định danh đã có hồ sơ ở một trường khác. Hãy làm thủ tục chuyển trường.",
                        "11|Ngày sinh|Ngày sinh \"20 tháng 5\" không đúng định dạng dd/MM/yyyy.");
        assertThat(count("001%20000_")).isZero();
        assertThat(count("001%2000__")).isZero();
    }

    @Test
    void anOfficialWhoSeesBothSchoolsIsToldWhichSchoolHasTheStudent() throws Exception {
        demo.createAccount(mvc, "gv.tinh", "CLERK", demo.department().id());
        String atSchool2 = jdbc.sql(
                        "select personal_id from registry_student where school_unit_id = ? order by id limit 1")
                .param(demo.school2().id())
                .query(String.class)
                .single();
        String body = importAs(
                        "gv.tinh",
                        demo.school1().id(),
                        Workbooks.students(
                                List.of(row(atSchool2, "Học Sinh Trường Khác", "20/05/2015", "Nam", "Kinh", "4C1"))),
                        null)
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains(demo.school2().name());
    }

    @Test
    void withValidRowsModeTheGoodRowsAreImportedAndTheBadOnesReported() throws Exception {
        LocalDate b = LocalDate.of(2017, 1, 9);
        byte[] file = Workbooks.students(List.of(
                row(id(b, false, 300001), "Hoàng Gia Bảo", "09/01/2017", "Nam", "Kinh", "3C1"),
                row(id(b, true, 300002), "Vũ Ngọc Hân", "9-1-2017", "Nữ", "Mường", "3C1"),
                row(id(b, true, 300003), "Giới Tính Sai", "09/01/2017", "Không rõ", "Kinh", "3C1")));
        importAs("giaovu1", demo.school1().id(), file, "valid-rows")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("Giới tính"));
        assertThat(count("001%30000_")).isEqualTo(2);
    }

    @Test
    void headersInAnotherOrderWithExtraSpacesAreUnderstood() throws Exception {
        LocalDate b = LocalDate.of(2018, 6, 1);
        byte[] file = Workbooks.xlsx(
                List.of("  Lớp ", "Họ  và tên", "Giới tính", "Dân tộc", "Ngày sinh", " Mã định danh"),
                List.of(row("2C1", "Lê Thị Diệu", "Nữ", "Kinh", "01/06/2018", id(b, true, 400001))));
        importAs("giaovu1", demo.school1().id(), file, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
    }

    @Test
    void aMissingColumnANonExcelFileAndAPasswordProtectedWorkbookAreRefused() throws Exception {
        byte[] missing =
                Workbooks.xlsx(List.of("Mã định danh", "Họ và tên"), List.of(row("001215000001", "Thiếu Cột")));
        importAs("giaovu1", demo.school1().id(), missing, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[*].column").value(hasItem("Ngày sinh")));
        importAs("giaovu1", demo.school1().id(), "Mã định danh,Họ và tên\n".getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Tệp không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng."));
        importAs("giaovu1", demo.school1().id(), Workbooks.encrypted(List.of(), "matkhau"), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Tệp có đặt mật khẩu; hãy bỏ mật khẩu rồi nhập lại."));
    }

    @Test
    void aHundredMegabyteFileIsRefusedWithAClearMessage() throws Exception {
        String token = demo.token(mvc, "giaovu1");
        String boundary = "eduvn-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 100 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/schools/"
                                        + demo.school1().id() + "/students/import"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Tệp quá lớn: tối đa 20 MB.");
    }

    @Test
    void theTemplateHasTheRequiredHeaders() throws Exception {
        byte[] template = mvc.perform(
                        get("/api/v1/students/import-template").with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertThat(names)
                    .startsWith(Workbooks.HEADER.toArray(String[]::new))
                    .contains(
                            "Tôn giáo",
                            "Khuyết tật",
                            "Đối tượng chính sách",
                            "Xã/phường thường trú",
                            "Họ tên cha",
                            "SĐT cha",
                            "Họ tên mẹ",
                            "SĐT mẹ",
                            "Người giám hộ",
                            "SĐT người giám hộ",
                            "Email phụ huynh");
        }
    }

    @Test
    void theFullRecordImportsFromTheOptionalColumnsAndALaterFileWithoutThemKeepsIt() throws Exception {
        LocalDate b = LocalDate.of(2016, 5, 20);
        List<String> header = new ArrayList<>(Workbooks.HEADER);
        header.addAll(List.of(
                "Tôn giáo",
                "Khuyết tật",
                "Đối tượng chính sách",
                "Xã/phường thường trú",
                "Địa chỉ",
                "Họ tên cha",
                "SĐT cha",
                "Họ tên mẹ",
                "SĐT mẹ",
                "Email phụ huynh"));
        String commune = jdbc.sql(
                        "select code from org_admin_area where level = 'commune' and province_code = '33' order by code")
                .query(String.class)
                .list()
                .get(0);
        String communeName = jdbc.sql("select name from org_admin_area where level = 'commune' and code = ?")
                .param(commune)
                .query(String.class)
                .single();
        byte[] full = Workbooks.xlsx(
                header,
                List.of(row(
                        id(b, true, 400001),
                        "Hoàng Thị Mai",
                        "20/05/2016",
                        "Nữ",
                        "Mường",
                        "5E1",
                        "phat giao",
                        "Khuyết tật nhìn",
                        "Hộ nghèo",
                        communeName,
                        "Thôn Đông, số 5",
                        "Hoàng Văn Nam",
                        "0912 345 678",
                        "Bùi Thị Hoa",
                        "0987654321",
                        "hoa.bui@example.vn")));
        importAs("giaovu1", demo.school1().id(), full, null).andExpect(status().isOk());
        var saved = jdbc.sql("""
                select religion_code, disability_code, policy_code, residence_commune, address, father_phone, mother_name, parent_email
                from registry_student where personal_id = ?""").param(id(b, true, 400001)).query().singleRow();
        assertThat(saved.values())
                .containsExactly(
                        "PHAT_GIAO",
                        "NHIN",
                        "HO_NGHEO",
                        commune,
                        "Thôn Đông, số 5",
                        "0912345678",
                        "Bùi Thị Hoa",
                        "hoa.bui@example.vn");
        // The imported record is in the audit trail, with who imported it and at which school.
        var audit = jdbc.sql("""
                select r.actor, r.unit_id, a.revtype, a.mother_phone from registry_student_aud a
                join identity_audit_revision r on r.id = a.rev join registry_student s on s.id = a.id
                where s.personal_id = ?""").param(id(b, true, 400001)).query().singleRow();
        assertThat(audit.values()).containsExactly("giaovu1", demo.school1().id(), 0, "0987654321");

        byte[] core = Workbooks.students(
                List.of(row(id(b, true, 400001), "Hoàng Thị Mai", "20/05/2016", "Nữ", "Mường", "5E2")));
        importAs("giaovu1", demo.school1().id(), core, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(jdbc.sql("select disability_code from registry_student where personal_id = ?")
                        .param(id(b, true, 400001))
                        .query(String.class)
                        .single())
                .isEqualTo("NHIN");
        assertThat(jdbc.sql(
                                "select kind from registry_student_event e join registry_student s on s.id = e.student_id where s.personal_id = ? order by e.id")
                        .param(id(b, true, 400001))
                        .query(String.class)
                        .list())
                .containsExactly("ENROLLED", "CLASS_CHANGED");
    }

    @Test
    void badValuesInTheOptionalColumnsAreReportedByColumn() throws Exception {
        LocalDate b = LocalDate.of(2016, 6, 1);
        List<String> header = new ArrayList<>(Workbooks.HEADER);
        header.addAll(List.of("Khuyết tật", "Xã/phường thường trú", "SĐT mẹ", "Email phụ huynh", "Họ tên cha"));
        byte[] file = Workbooks.xlsx(
                header,
                List.of(row(
                        id(b, false, 400101),
                        "Trần Văn Bình",
                        "01/06/2016",
                        "Nam",
                        "Kinh",
                        "5E1",
                        "Khuyết tật tai",
                        "Xã Không Có",
                        "12345",
                        "khong-phai-email",
                        "Trần 2 Văn")));
        String json = importAs("giaovu1", demo.school1().id(), file, null)
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(errorsOf(json))
                .containsExactlyInAnyOrder(
                        "2|Khuyết tật|Giá trị \"Khuyết tật tai\" không có trong danh mục (xem trang Hướng dẫn của tệp mẫu).",
                        "2|Xã/phường thường trú|Giá trị \"Xã Không Có\" không có trong danh mục (xem trang Hướng dẫn của tệp mẫu).",
                        "2|SĐT mẹ|Số điện thoại \"12345\" không hợp lệ: 10 chữ số bắt đầu bằng 0, hoặc +84.",
                        "2|Email phụ huynh|Địa chỉ thư điện tử \"khong-phai-email\" không hợp lệ.",
                        "2|Họ tên cha|Họ và tên chỉ gồm chữ cái và khoảng trắng, tối đa 100 ký tự.");
        assertThat(count("001%400101")).isZero();
    }

    @Test
    void onlyTheSchoolsOwnClerkOrPrincipalImports() throws Exception {
        LocalDate b = LocalDate.of(2014, 2, 2);
        byte[] file = Workbooks.students(
                List.of(row(id(b, false, 500001), "Không Được Nhập", "02/02/2014", "Nam", "Kinh", "6C1")));
        importAs("giaovu1", demo.school2().id(), file, null).andExpect(status().isNotFound());
        importAs("giaovien1", demo.school1().id(), file, null).andExpect(status().isForbidden());
        importAs("sogd", demo.school1().id(), file, null).andExpect(status().isForbidden());
        assertThat(count("001%50000_")).isZero();
    }

    private ResultActions importAs(String user, long school, byte[] file, String mode) throws Exception {
        var request = multipart("/api/v1/schools/{id}/students/import", school)
                .file(new MockMultipartFile("file", "hoc-sinh.xlsx", "application/octet-stream", file))
                .with(Demo.bearer(demo.token(mvc, user)));
        if (mode != null) {
            request.param("mode", mode);
        }
        return mvc.perform(request);
    }

    private long count(String idPattern) {
        return jdbc.sql("select count(*) from registry_student where personal_id like ?")
                .param(idPattern)
                .query(Long.class)
                .single();
    }

    private static List<String> errorsOf(String json) {
        List<Object> rows = JsonPath.read(json, "$.errors[*].row");
        List<String> columns = JsonPath.read(json, "$.errors[*].column");
        List<String> messages = JsonPath.read(json, "$.errors[*].message");
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            errors.add(rows.get(i) + "|" + columns.get(i) + "|" + messages.get(i));
        }
        return errors;
    }
}
