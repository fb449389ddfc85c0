package vn.eduvn.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts every EduVN PDF embeds: DejaVu Sans and its bold, bundled with the application (licence beside them)
 * so that every Vietnamese letter prints on any reader. Read once; embedded as a subset in each document.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");

    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {}

    public static PDFont regular(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(REGULAR), true);
    }

    public static PDFont bold(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true);
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + path + " is missing", e);
        }
    }
}
