package vn.eduvn.platform.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.eduvn.platform.text.SpreadsheetSafety;

/**
 * A list exported as a table: a numbered (STT) Excel sheet with a bold header, or UTF-8 CSV with a byte-order
 * mark so that Excel shows the Vietnamese letters. Every cell is neutralised against formula injection.
 */
public final class TableFile {

    private TableFile() {}

    /**
     * A value that is a measure (a mark, an average, a count: at most four digits before the point, no leading zero)
     * is stored as a number, so a school can sum and average it; identifiers and phone numbers, which are long or
     * start with 0, stay text.
     */
    private static final java.util.regex.Pattern MEASURE =
            java.util.regex.Pattern.compile("(0|[1-9]\\d{0,3})([.,]\\d{1,2})?");

    public static byte[] xlsx(String sheetName, List<String> headers, List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            CellStyle bold = boldStyle(workbook);
            var stt = header.createCell(0);
            stt.setCellValue("STT");
            stt.setCellStyle(bold);
            for (int i = 0; i < headers.size(); i++) {
                var cell = header.createCell(i + 1);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i);
                    if (value != null && MEASURE.matcher(value).matches()) {
                        row.createCell(i + 1).setCellValue(Double.parseDouble(value.replace(',', '.')));
                    } else {
                        row.createCell(i + 1).setCellValue(SpreadsheetSafety.neutralise(value));
                    }
                }
                r++;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An import template: the headers in bold over text-formatted columns (identifiers keep their leading zeros,
     * dates their dd/MM/yyyy), and an instructions sheet with the help lines and the code lists to pick from.
     */
    public static byte[] template(
            String sheetName, List<String> headers, List<String> help, java.util.Map<String, List<String[]>> lists) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            CellStyle bold = boldStyle(workbook);
            for (int i = 0; i < headers.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 22 * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            sheet.createFreezePane(0, 1);
            Sheet instructions = workbook.createSheet("Hướng dẫn");
            int r = 0;
            for (String line : help) {
                instructions.createRow(r++).createCell(0).setCellValue(line);
            }
            for (var list : lists.entrySet()) {
                instructions.createRow(r++);
                var title = instructions.createRow(r++).createCell(0);
                title.setCellValue(list.getKey());
                title.setCellStyle(bold);
                for (String[] entry : list.getValue()) {
                    Row row = instructions.createRow(r++);
                    row.createCell(0).setCellValue(entry[0]);
                    row.createCell(1).setCellValue(entry[1]);
                }
            }
            instructions.setColumnWidth(0, 90 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(List<String> headers, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append("STT");
        headers.forEach(h -> csv.append(',').append(quote(h)));
        csv.append("\r\n");
        int n = 1;
        for (List<String> values : rows) {
            csv.append(n++);
            for (String value : values) {
                csv.append(',').append(quote(SpreadsheetSafety.neutralise(value)));
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }

    public static CellStyle boldStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }
}
