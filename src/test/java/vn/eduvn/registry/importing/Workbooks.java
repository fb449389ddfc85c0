package vn.eduvn.registry.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the workbooks a clerk would upload: a header row and rows of cells (text, numbers, dates, formulas). */
final class Workbooks {

    static final List<String> HEADER = List.of("Mã định danh", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Lớp");

    private Workbooks() {}

    /** A cell value: a String is text, a Number numeric, a LocalDate an Excel date, a Formula a formula. */
    record Formula(String expression) {}

    static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = build(header, rows)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] students(List<List<Object>> rows) {
        return xlsx(HEADER, rows);
    }

    static byte[] encrypted(List<List<Object>> rows, String password) {
        try (XSSFWorkbook workbook = build(HEADER, rows);
                POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                workbook.write(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static XSSFWorkbook build(List<String> header, List<List<Object>> rows) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Học sinh");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        Row head = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            head.createCell(i).setCellValue(header.get(i));
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.expression());
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
        return workbook;
    }
}
