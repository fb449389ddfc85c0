package vn.eduvn.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** The clerk imports and exports the school's staff and classes the way they do students. */
@EduVnTest
class StaffAndClassImportTest {

    static final List<String> STAFF = List.of(
            "Mã định danh",
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Vị trí việc làm",
            "Trình độ chuyên môn",
            "Hạng chức danh",
            "Loại hợp đồng",
            "Môn dạy",
            "Email",
            "Môn dạy kiêm nhiệm",
            "Trạng thái");

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    private ResultActions upload(String path, String user, byte[] file) throws Exception {
        return mvc.perform(multipart(path, demo.school1().id())
                .file(new MockMultipartFile("file", "tep.xlsx", "application/octet-stream", file))
                .with(Demo.bearer(demo.token(mvc, user))));
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(List.of(cells));
    }

    @Test
    void staffImportFromNamesInTheCodeListsAndReimportUpdates() throws Exception {
        byte[] file = Workbooks.xlsx(
                STAFF,
                List.of(
                        row(
                                "033188770001",
                                "Phan Thị Thu",
                                "12/03/1988",
                                "Nữ",
                                "Giáo viên",
                                "Đại học sư phạm",
                                "Hạng II",
                                "Viên chức (biên chế)",
                                "Toán",
                                "thu.phan@example.vn",
                                "Tin học",
                                "Đang làm việc"),
                        row(
                                "033190770002",
                                "Đỗ Văn Hải",
                                "1990-07-01",
                                "Nam",
                                "nhan vien",
                                "Cao đẳng",
                                "Chưa xếp hạng",
                                "Hợp đồng lao động",
                                "",
                                "",
                                "",
                                "Nghỉ hưu")));
        upload("/api/v1/schools/{id}/staff/import", "giaovu1", file)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2));
        upload("/api/v1/schools/{id}/staff/import", "giaovu1", file)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.updated").value(2));
        assertThat(jdbc.sql(
                                "select position || '/' || qualification || '/' || title_rank || '/' || main_subject from registry_staff where personal_id = '033188770001'")
                        .query(String.class)
                        .single())
                .isEqualTo("GIAO_VIEN/DAI_HOC_SU_PHAM/HANG_II/TOAN");
        assertThat(jdbc.sql("select second_subject from registry_staff where personal_id = '033188770001'")
                        .query(String.class)
                        .single())
                .isEqualTo("TIN_HOC");
        assertThat(jdbc.sql("select status from registry_staff where personal_id = '033190770002'")
                        .query(String.class)
                        .single())
                .isEqualTo("NGHI_HUU");
        assertThat(jdbc.sql("select count(*) from registry_staff where personal_id in ('033188770001', '033190770002')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        byte[] csv = mvc.perform(
                        get("/api/v1/schools/{id}/staff/export", demo.school1().id())
                                .param("format", "csv")
                                .with(Demo.bearer(demo.token(mvc, "sogd"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,Mã định danh").contains("Phan Thị Thu", "Đại học sư phạm", "Hạng II");
    }

    @Test
    void badStaffRowsAreNamedByColumnAndNothingIsImported() throws Exception {
        byte[] file = Workbooks.xlsx(
                STAFF,
                List.of(
                        row(
                                "03318877000",
                                "Sai Mã Số",
                                "12/03/1988",
                                "Nữ",
                                "Giáo viên",
                                "Đại học",
                                "Hạng II",
                                "Viên chức (biên chế)",
                                "",
                                "",
                                "",
                                ""),
                        row(
                                "033188770009",
                                "Vị Trí Lạ",
                                "12/03/1988",
                                "Nữ",
                                "Bảo vệ trưởng",
                                "Đại học",
                                "Hạng II",
                                "Viên chức (biên chế)",
                                "",
                                "không-phải-email",
                                "",
                                "")));
        String body = upload("/api/v1/schools/{id}/staff/import", "giaovu1", file)
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> cells = JsonPath.read(body, "$.errors[*].column");
        List<Integer> rows = JsonPath.read(body, "$.errors[*].row");
        assertThat(cells).containsExactlyInAnyOrder("Mã định danh", "Vị trí việc làm", "Email");
        assertThat(rows).containsExactlyInAnyOrder(2, 3, 3);
        List<String> messages = JsonPath.read(body, "$.errors[*].message");
        assertThat(messages)
                .contains("Giá trị \"Bảo vệ trưởng\" không có trong danh mục (xem trang Hướng dẫn của tệp mẫu).");
        assertThat(jdbc.sql("select count(*) from registry_staff where full_name in ('Sai Mã Số', 'Vị Trí Lạ')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void thePrincipalImportsClassesWithHomeroomTeachersButTheClerkMayNotAssignThem() throws Exception {
        String teacher = jdbc.sql(
                        "select personal_id from registry_staff where school_unit_id = ? and position = 'GIAO_VIEN' order by id limit 1")
                .param(demo.school1().id())
                .query(String.class)
                .single();
        List<String> header = List.of("Lớp", "Số buổi/ngày", "Mã định danh GVCN");
        byte[] withHomeroom = Workbooks.xlsx(header, List.of(row("3D1", "2", teacher), row("3D2", "1", "")));
        upload("/api/v1/schools/{id}/classes/import", "giaovu1", withHomeroom)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("Mã định danh GVCN"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Chỉ hiệu trưởng mới phân công giáo viên chủ nhiệm; hãy bỏ cột này hoặc nhờ hiệu trưởng nhập."));
        upload("/api/v1/schools/{id}/classes/import", "hieutruong1", withHomeroom)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2));
        assertThat(jdbc.sql(
                                "select s.personal_id from registry_class c join registry_staff s on s.id = c.homeroom_staff_id where c.school_unit_id = ? and c.name = '3D1'")
                        .param(demo.school1().id())
                        .query(String.class)
                        .single())
                .isEqualTo(teacher);

        byte[] bad = Workbooks.xlsx(header, List.of(row("6A1", "1", ""), row("3D3", "3", ""), row("3D3", "1", "")));
        String body = upload("/api/v1/schools/{id}/classes/import", "hieutruong1", bad)
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> messages = JsonPath.read(body, "$.errors[*].message");
        assertThat(messages)
                .containsExactlyInAnyOrder(
                        "Lớp \"6A1\" không thuộc cấp học của trường.",
                        "Số buổi/ngày \"3\" phải là 1 hoặc 2.",
                        "Tên lớp trùng với dòng 3 trong tệp.");

        byte[] xlsx = mvc.perform(get(
                                "/api/v1/schools/{id}/classes/export",
                                demo.school1().id())
                        .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            sheet.forEach(r -> names.add(r.getCell(1).getStringCellValue()));
            assertThat(names).contains("Lớp", "1A1", "3D1");
        }
    }

    @Test
    void everyExportNeutralisesCellsThatStartLikeAFormula() throws Exception {
        String body = """
                {"personalId": "001215770001", "fullName": "Cao Văn Dũng", "birthDate": "2015-01-20", "gender": "MALE",
                 "ethnicityCode": "01", "address": "=HYPERLINK(\\"http://x\\")"}""";
        mvc.perform(post("/api/v1/schools/{id}/students", demo.school1().id())
                        .with(Demo.bearer(demo.token(mvc, "giaovu1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
        String csv = mvc.perform(get(
                                "/api/v1/schools/{id}/students/export",
                                demo.school1().id())
                        .param("format", "csv")
                        .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(",=HYPERLINK");
    }
}
