package vn.eduvn.platform.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text on a PDF page the way every EduVN document writes it: Unicode composed (NFC), wrapped to a width at spaces
 * and line breaks, and any character the font has no glyph for (an emoji in a comment or a name) printed as "?"
 * instead of failing the whole document.
 */
public final class PdfText {

    private PdfText() {}

    /** Writes one line with its baseline at {@code y}. */
    public static void show(PDPageContentStream cs, PDFont font, float size, String text, float x, float y)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The lines the text takes within {@code span} points; a word longer than the span keeps its own line. */
    public static List<String> wrap(PDFont font, float size, String text, float span) throws IOException {
        List<String> lines = new ArrayList<>();
        // Line breaks are split off first: the font has no glyph for one, and must not turn it into "?".
        for (String line : Normalizer.normalize(text, Normalizer.Form.NFC).split("\r?\n")) {
            String paragraph = printable(line, font);
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String tried = current.isEmpty() ? word : current + " " + word;
                if (width(font, size, tried) <= span || current.isEmpty()) {
                    current.setLength(0);
                    current.append(tried);
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
            }
            lines.add(current.toString());
        }
        return lines;
    }

    private static String printable(String text, PDFont font) {
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException e) {
            StringBuilder kept = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    kept.append(ch);
                } catch (IllegalArgumentException | IOException unprintable) {
                    kept.append('?');
                }
            });
            return kept.toString();
        }
    }
}
