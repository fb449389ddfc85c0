package vn.eduvn.registry.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.eduvn.platform.text.SpreadsheetSafety;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.school.Ethnicities;

/**
 * The student workbooks: the import template (headers, text-formatted identifier and date columns, an
 * instructions sheet with the ethnic groups) and the exports in Excel and CSV, every cell neutralised.
 */
@Component
public class StudentSheets {

    static final List<String> EXPORT_HEADERS = List.of("STT", StudentImport.ID, StudentImport.NAME,
            StudentImport.BIRTH, StudentImport.GENDER, StudentImport.ETHNICITY, StudentImport.CLASS, "Trạng thái");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Ethnicities ethnicities;

    StudentSheets(Ethnicities ethnicities) {
        this.ethnicities = ethnicities;
    }

    public byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Học sinh");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            CellStyle bold = boldStyle(workbook);
            for (int i = 0; i < StudentImport.REQUIRED.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(StudentImport.REQUIRED.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 22 * 256);
            }
            // The identifier keeps its leading zeros and the date its dd/MM/yyyy only as text.
            sheet.setDefaultColumnStyle(0, text);
            sheet.setDefaultColumnStyle(2, text);
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet("Hướng dẫn");
            String[] lines = {
                    "Mã định danh: 12 chữ số (mã định danh cá nhân), nhập dạng văn bản để giữ số 0 ở đầu.",
                    "Họ và tên: đầy đủ, có dấu.",
                    "Ngày sinh: dd/MM/yyyy (ví dụ 05/09/2014), hoặc ô kiểu ngày của Excel.",
                    "Giới tính: Nam hoặc Nữ.",
                    "Dân tộc: tên theo danh mục 54 dân tộc (bên dưới).",
                    "Lớp: tên lớp, bắt đầu bằng khối (ví dụ 6A1); lớp chưa có trong năm học sẽ được tạo.",
                    "Không dùng công thức. Nhập lại tệp đã nhập sẽ cập nhật theo mã định danh, không tạo trùng.", "" };
            int r = 0;
            for (String line : lines) {
                help.createRow(r++).createCell(0).setCellValue(line);
            }
            for (Ethnicities.Ethnicity e : ethnicities.all()) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(e.code());
                row.createCell(1).setCellValue(e.name());
            }
            help.setColumnWidth(0, 90 * 256);
            return bytes(workbook);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] xlsx(List<StudentView> students) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("Học sinh");
            Row header = sheet.createRow(0);
            CellStyle bold = boldStyle(workbook);
            for (int i = 0; i < EXPORT_HEADERS.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(EXPORT_HEADERS.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (StudentView s : students) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                List<String> values = values(s);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i + 1).setCellValue(SpreadsheetSafety.neutralise(values.get(i)));
                }
                r++;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a byte-order mark, so Excel shows the Vietnamese letters. */
    public byte[] csv(List<StudentView> students) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", EXPORT_HEADERS)).append("\r\n");
        int n = 1;
        for (StudentView s : students) {
            csv.append(n++);
            for (String value : values(s)) {
                csv.append(',').append(quote(SpreadsheetSafety.neutralise(value)));
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> values(StudentView s) {
        return List.of(s.personalId(), s.fullName(), s.birthDate().format(DATE), s.gender().vietnamese(),
                s.ethnicity(), s.className() == null ? "" : s.className(), s.status());
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static CellStyle boldStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
