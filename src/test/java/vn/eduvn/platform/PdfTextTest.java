package vn.eduvn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import vn.eduvn.platform.pdf.PdfFonts;
import vn.eduvn.platform.pdf.PdfText;

/** What the PDFs print: every Vietnamese letter and the dashes of a timetable cell, never a "?" for a line break. */
class PdfTextTest {

    @Test
    void aCellOfTwoLinesPrintsBothLinesWithoutAQuestionMark() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PdfFonts.regular(doc);
            assertThat(PdfText.wrap(font, 9, "Chào cờ\nLê Minh Đức", 200)).containsExactly("Chào cờ", "Lê Minh Đức");
            String vietnamese = "Ắ Ằ Ẳ Ẵ Ặ ắ ằ ẳ ẵ ặ Ấ Ầ Ẩ Ẫ Ậ ấ ầ ẩ ẫ ậ Đ đ Ế Ề Ể Ễ Ệ ế ề ể ễ ệ Ố Ồ Ổ Ỗ Ộ ố ồ ổ ỗ ộ "
                    + "Ớ Ờ Ở Ỡ Ợ ớ ờ ở ỡ ợ Ứ Ừ Ử Ữ Ự ứ ừ ử ữ ự Ỳ Ỷ Ỹ Ỵ ỳ ỷ ỹ ỵ – — · № ½ 6,5";
            List<String> lines = PdfText.wrap(font, 9, vietnamese, 10_000);
            assertThat(String.join("", lines)).doesNotContain("?").isEqualTo(vietnamese);
            assertThat(PdfText.wrap(font, 9, "Toán 漢", 200)).containsExactly("Toán ?");
        }
    }
}
