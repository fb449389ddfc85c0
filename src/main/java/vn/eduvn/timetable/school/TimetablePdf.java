package vn.eduvn.timetable.school;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.eduvn.platform.pdf.PdfFonts;
import vn.eduvn.platform.pdf.PdfText;

/**
 * Prints a school's timetable as schools post it: landscape A4, one page per class (or per teacher), the school
 * and the week's title above a ruled grid of periods by days, each cell the subject and the teacher (or class).
 */
final class TimetablePdf {

    private static final float MARGIN = 36;

    private TimetablePdf() {}

    static byte[] write(String school, String heading, List<String> days, Map<String, List<List<String>>> weeks) {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PdfFonts.regular(doc);
            PDFont bold = PdfFonts.bold(doc);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            for (var week : weeks.entrySet()) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = size.getHeight() - MARGIN;
                    PdfText.show(
                            cs, bold, 10, school.toUpperCase(java.util.Locale.forLanguageTag("vi")), MARGIN, y - 10);
                    String title = heading + " " + week.getKey();
                    PdfText.show(cs, bold, 16, title, (size.getWidth() - PdfText.width(bold, 16, title)) / 2, y - 40);
                    float top = y - 60;
                    float labelWidth = 60;
                    float dayWidth = (size.getWidth() - 2 * MARGIN - labelWidth) / days.size();
                    float rowHeight =
                            Math.min(60, (top - MARGIN) / (week.getValue().size() + 1));
                    List<String> header = new ArrayList<>(List.of(""));
                    header.addAll(days);
                    row(cs, bold, header, top, labelWidth, dayWidth, rowHeight, true);
                    float rowTop = top - rowHeight;
                    for (List<String> cells : week.getValue()) {
                        row(cs, regular, cells, rowTop, labelWidth, dayWidth, rowHeight, false);
                        rowTop -= rowHeight;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(
            PDPageContentStream cs,
            PDFont font,
            List<String> cells,
            float top,
            float labelWidth,
            float dayWidth,
            float height,
            boolean header)
            throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float w = i == 0 ? labelWidth : dayWidth;
            if (header) {
                cs.setNonStrokingColor(0.92f, 0.92f, 0.92f);
                cs.addRect(x, top - height, w, height);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
            cs.setLineWidth(0.6f);
            cs.addRect(x, top - height, w, height);
            cs.stroke();
            float ty = top - 13;
            for (String line :
                    PdfText.wrap(font, 9, cells.get(i).replace(" / ", "\n").replace(" – ", "\n"), w - 6)) {
                if (ty < top - height + 3) {
                    break;
                }
                PdfText.show(cs, font, 9, line, x + 3, ty);
                ty -= 11;
            }
            x += w;
        }
    }
}
