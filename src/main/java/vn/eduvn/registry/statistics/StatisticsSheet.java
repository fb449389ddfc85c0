package vn.eduvn.registry.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.text.SpreadsheetSafety;

/** The counts as a workbook an official can file: one sheet, one table after another. */
@Component
class StatisticsSheet {

    byte[] xlsx(RegistryStatistics.UnitCounts counts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Thống kê");
            int[] r = {0};
            line(sheet, r, "Đơn vị", counts.unitName());
            line(sheet, r, "Số trường", counts.schools());
            line(sheet, r, "Số lớp", counts.classes());
            line(sheet, r, "Số học sinh", counts.students());
            line(sheet, r, "Số giáo viên", counts.teachers());
            line(
                    sheet,
                    r,
                    "Học sinh/lớp",
                    counts.studentsPerClass() == null
                            ? ""
                            : counts.studentsPerClass().toPlainString());
            line(
                    sheet,
                    r,
                    "Học sinh/giáo viên",
                    counts.studentsPerTeacher() == null
                            ? ""
                            : counts.studentsPerTeacher().toPlainString());
            r[0]++;
            line(sheet, r, "Khối", "Nam", "Nữ", "Tổng");
            for (RegistryStatistics.GradeRow g : counts.studentsByGrade()) {
                line(sheet, r, g.grade(), g.male(), g.female(), g.total());
            }
            table(sheet, r, "Dân tộc", counts.studentsByEthnicity());
            table(sheet, r, "Khuyết tật", counts.studentsByDisability());
            table(sheet, r, "Vị trí việc làm", counts.staffByPosition());
            table(sheet, r, "Trình độ chuyên môn", counts.staffByQualification());
            sheet.setColumnWidth(0, 30 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Sheet sheet, int[] r, String title, List<RegistryStatistics.NamedCount> rows) {
        r[0]++;
        line(sheet, r, title, "Số lượng");
        rows.forEach(n -> line(sheet, r, n.name(), n.total()));
    }

    private static void line(Sheet sheet, int[] r, Object... values) {
        Row row = sheet.createRow(r[0]++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(SpreadsheetSafety.neutralise(String.valueOf(values[i])));
            }
        }
    }
}
