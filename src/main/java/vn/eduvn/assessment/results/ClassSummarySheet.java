package vn.eduvn.assessment.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.eduvn.assessment.results.ClassResults.StudentResult;
import vn.eduvn.assessment.results.ClassResults.Summary;
import vn.eduvn.platform.text.SpreadsheetSafety;
import vn.eduvn.registry.ClassRecord;
import vn.eduvn.registry.StudentView;

/**
 * The class summary sheet (bảng tổng hợp kết quả đánh giá) in the layout schools print and file: the authority and
 * the school beside the national motto, the title of the term or year, the class, year and homeroom teacher; one
 * ruled row per student (STT, name, date of birth, sex, each subject, the learning and conduct results, title,
 * decision); then the counts and shares of each level, and the signatures. Scores are numbers, so Excel can sum
 * them; every text cell is neutralised against formulas. Landscape A4, fitted to the page width.
 */
@Component
class ClassSummarySheet {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    ClassSummarySheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(ClassRecord record, Summary summary) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(summary.term() == 0 ? "Cả năm" : "Học kỳ " + summary.term());
            Styles styles = new Styles(workbook);
            boolean year = summary.term() == 0;
            List<String> headers = new ArrayList<>(List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính"));
            summary.subjects().forEach(s -> headers.add(s.name()));
            headers.addAll(List.of("Kết quả học tập", "Kết quả rèn luyện"));
            if (year) {
                headers.addAll(List.of("Danh hiệu", "Lên lớp / Ở lại", "Ghi chú"));
            }
            int last = headers.size() - 1;
            int half = Math.max(3, last / 2);

            text(sheet, 0, 0, upper(record.authorityName()), styles.centre);
            merge(sheet, 0, 0, half - 1);
            text(sheet, 0, half, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", styles.bold);
            merge(sheet, 0, half, last);
            text(sheet, 1, 0, upper(record.schoolName()), styles.bold);
            merge(sheet, 1, 0, half - 1);
            text(sheet, 1, half, "Độc lập – Tự do – Hạnh phúc", styles.bold);
            merge(sheet, 1, half, last);
            text(
                    sheet,
                    3,
                    0,
                    "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ "
                            + (year ? "CẢ NĂM HỌC" : "HỌC KỲ " + (summary.term() == 1 ? "I" : "II")),
                    styles.title);
            merge(sheet, 3, 0, last);
            text(
                    sheet,
                    4,
                    0,
                    "Lớp " + record.list().name() + " – Năm học "
                            + record.list().startYear() + "-"
                            + (record.list().startYear() + 1)
                            + (record.homeroomTeacher() == null
                                    ? ""
                                    : " – Giáo viên chủ nhiệm: " + record.homeroomTeacher()),
                    styles.centre);
            merge(sheet, 4, 0, last);

            int top = 6;
            Row header = sheet.createRow(top);
            header.setHeightInPoints(48);
            for (int i = 0; i < headers.size(); i++) {
                text(sheet, top, i, headers.get(i), styles.header);
            }
            Map<Long, StudentView> students = new LinkedHashMap<>();
            record.list().students().forEach(s -> students.put(s.id(), s));
            int r = top + 1;
            int n = 0;
            for (StudentResult st : summary.students()) {
                StudentView who = students.get(st.studentId());
                int c = 0;
                number(sheet, r, c++, BigDecimal.valueOf(++n), styles.cell);
                text(sheet, r, c++, st.fullName(), styles.name);
                text(
                        sheet,
                        r,
                        c++,
                        who == null || who.birthDate() == null ? "" : DATE.format(who.birthDate()),
                        styles.cell);
                text(
                        sheet,
                        r,
                        c++,
                        who == null || who.gender() == null ? "" : who.gender().vietnamese(),
                        styles.cell);
                for (ClassResults.Subject s : summary.subjects()) {
                    String value = st.subjects().get(s.code());
                    if (value != null && value.matches("\\d+(\\.\\d+)?")) {
                        number(sheet, r, c++, new BigDecimal(value), styles.score);
                    } else {
                        text(sheet, r, c++, shown(value), styles.cell);
                    }
                }
                text(sheet, r, c++, label("results.level.", st.learning()), styles.cell);
                text(sheet, r, c++, label("results.level.", st.conduct()), styles.cell);
                if (year) {
                    text(sheet, r, c++, label("results.title.", st.title()), styles.cell);
                    text(sheet, r, c++, label("results.decision.", st.decision()), styles.cell);
                    text(
                            sheet,
                            r,
                            c,
                            st.reassessSubjects().isEmpty() ? "" : "Kiểm tra lại: " + summary.reassessNames(st),
                            styles.name);
                }
                r++;
            }

            r++;
            int total = summary.students().size();
            text(sheet, r++, 1, "Tổng số học sinh: " + total, styles.bold);
            List<String> fourLevels = List.of("TOT", "KHA", "DAT", "CHUA_DAT");
            boolean primary = summary.regime().startsWith("PRIMARY");
            r = tally(
                    sheet,
                    r,
                    primary ? "Kết quả giáo dục" : "Kết quả học tập",
                    primary ? List.of("HTXS", "HTT", "HT", "CHT") : fourLevels,
                    summary.students().stream().map(StudentResult::learning).toList(),
                    total,
                    styles);
            if (!primary) {
                r = tally(
                        sheet,
                        r,
                        "Kết quả rèn luyện",
                        fourLevels,
                        summary.students().stream().map(StudentResult::conduct).toList(),
                        total,
                        styles);
            }
            if (year) {
                long promoted = summary.students().stream()
                        .filter(s -> "PROMOTED".equals(s.decision()))
                        .count();
                text(sheet, r++, 1, "Được lên lớp: " + promoted + " (" + share(promoted, total) + ")", styles.plain);
            }
            r++;
            text(sheet, r, 1, "GIÁO VIÊN CHỦ NHIỆM", styles.bold);
            text(sheet, r, half, "HIỆU TRƯỞNG", styles.bold);
            merge(sheet, r, half, last);
            r += 4;
            text(sheet, r, 1, record.homeroomTeacher() == null ? "" : record.homeroomTeacher(), styles.bold);
            text(sheet, r, half, record.principal() == null ? "" : record.principal(), styles.bold);
            merge(sheet, r, half, last);

            sheet.setColumnWidth(0, 5 * 256);
            sheet.setColumnWidth(1, 26 * 256);
            sheet.setColumnWidth(2, 11 * 256);
            sheet.setColumnWidth(3, 8 * 256);
            for (int i = 4; i <= last; i++) {
                sheet.setColumnWidth(i, 9 * 256);
            }
            if (year) {
                sheet.setColumnWidth(last, 22 * 256);
            }
            sheet.createFreezePane(2, top + 1);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(top, top, -1, -1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many students reached each level, and their share, on one line. */
    private int tally(
            Sheet sheet, int r, String what, List<String> scale, List<String> levels, int total, Styles styles) {
        List<String> parts = new ArrayList<>();
        for (String level : scale) {
            long count = levels.stream().filter(level::equals).count();
            parts.add(label("results.level.", level) + ": " + count + " (" + share(count, total) + ")");
        }
        long missing = levels.stream().filter(l -> l == null).count();
        if (missing > 0) {
            parts.add("chưa có kết quả: " + missing);
        }
        text(sheet, r, 1, what + " — " + String.join("; ", parts), styles.plain);
        return r + 1;
    }

    private static String share(long count, int total) {
        return total == 0
                ? "0%"
                : BigDecimal.valueOf(count * 100.0 / total)
                                .setScale(1, java.math.RoundingMode.HALF_UP)
                                .toPlainString()
                                .replace('.', ',')
                        + "%";
    }

    private static String shown(String value) {
        return value == null ? "" : value.equals("D") ? "Đ" : value.equals("CD") ? "CĐ" : value;
    }

    private String label(String prefix, String code) {
        return code == null ? "" : messages.getMessage(prefix + code, null, code, VIETNAMESE);
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(VIETNAMESE);
    }

    private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Cell cell = cell(sheet, r, c);
        cell.setCellValue(SpreadsheetSafety.neutralise(value));
        cell.setCellStyle(style);
    }

    private static void number(Sheet sheet, int r, int c, BigDecimal value, CellStyle style) {
        Cell cell = cell(sheet, r, c);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void merge(Sheet sheet, int r, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }

    /** The handful of styles the form uses. */
    private static final class Styles {

        final CellStyle plain;

        final CellStyle bold;

        final CellStyle centre;

        final CellStyle title;

        final CellStyle header;

        final CellStyle cell;

        final CellStyle name;

        final CellStyle score;

        Styles(XSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            plain = workbook.createCellStyle();
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            bold.setAlignment(HorizontalAlignment.CENTER);
            centre = workbook.createCellStyle();
            centre.setAlignment(HorizontalAlignment.CENTER);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = ruled(workbook);
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            cell = ruled(workbook);
            cell.setAlignment(HorizontalAlignment.CENTER);
            name = ruled(workbook);
            score = ruled(workbook);
            score.setAlignment(HorizontalAlignment.CENTER);
            score.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }

        private static CellStyle ruled(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
