package vn.eduvn.assessment.transcript;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;
import vn.eduvn.assessment.transcript.TranscriptContent.Rating;
import vn.eduvn.assessment.transcript.TranscriptContent.SubjectLine;
import vn.eduvn.platform.pdf.PdfFonts;
import vn.eduvn.platform.pdf.PdfText;

/**
 * Prints transcripts in the layout of the official học bạ: the national motto, the school, the student, the
 * subjects' results by term and year, the year's standing, absences, the decision, the homeroom teacher's
 * comment and the signatures. A finalised year carries its verification code, the SHA-256 of its content and a
 * QR code to the public verification page at the foot of each page; a draft is marked as such across the page.
 */
@Component
class TranscriptPdf {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final float MARGIN = 42;

    private static final float FOOTER = 86;

    /** The verification printed at the foot of a finalised year's pages; a draft has none. */
    record Seal(String code, String hash, String url, Instant finalisedAt) {}

    /** One school year to print, with its seal (null for a draft). */
    record Year(TranscriptContent content, Seal seal) {}

    /** One year's transcript. */
    byte[] year(Year year) {
        return render(List.of(year), false);
    }

    /** The transcript over the level: a cover page, then each year in order. */
    byte[] cumulative(List<Year> years) {
        return render(years, true);
    }

    private byte[] render(List<Year> years, boolean cover) {
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc, PdfFonts.regular(doc), PdfFonts.bold(doc));
            if (cover) {
                w.cover(years);
            }
            for (Year year : years) {
                w.year(year);
            }
            w.finish();
            TranscriptContent first = years.get(0).content();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Học bạ " + first.levelName().toLowerCase() + " – "
                    + first.pupil().fullName() + (cover ? "" : " – năm học " + first.schoolYear()));
            info.setAuthor(first.school());
            info.setCreator("EduVN");
            Seal seal = years.get(years.size() - 1).seal();
            if (seal != null) {
                info.setSubject("Mã xác thực " + Codes.shown(seal.code()) + "; SHA-256 " + seal.hash());
                info.setCustomMetadataValue("EduVN-Verification-Code", seal.code());
                info.setCustomMetadataValue("EduVN-Content-SHA256", seal.hash());
                // The finalisation time, not the time of printing: every copy of a final year is the same document.
                info.setCreationDate(GregorianCalendar.from(seal.finalisedAt().atZone(VIETNAM)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out text top-down, starting a new page when the next block would run into the footer. */
    private static final class Writer {

        private final PDDocument doc;

        private final PDFont font;

        private final PDFont boldFont;

        // Keyed by the page's dictionary: the page tree hands out a new PDPage object on every walk.
        private final Map<COSDictionary, Seal> seals = new IdentityHashMap<>();

        private final java.util.Set<COSDictionary> drafts =
                java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        private final float width = PDRectangle.A4.getWidth();

        private final float height = PDRectangle.A4.getHeight();

        private PDPageContentStream cs;

        private float y;

        private Seal seal;

        private String continuation;

        Writer(PDDocument doc, PDFont font, PDFont boldFont) {
            this.doc = doc;
            this.font = font;
            this.boldFont = boldFont;
        }

        void cover(List<Year> years) throws IOException {
            seal = null;
            newPage(null);
            TranscriptContent last = years.get(years.size() - 1).content();
            motto(last);
            y -= 90;
            centred("HỌC BẠ", boldFont, 30);
            y -= 8;
            centred(last.levelName(), boldFont, 18);
            y -= 60;
            line("Họ và tên học sinh: ", last.pupil().fullName(), 13);
            line("Ngày sinh: ", last.pupil().birthDate(), 12);
            line("Mã định danh: ", last.pupil().personalId(), 12);
            line("Trường: ", last.school(), 12);
            y -= 20;
            List<String[]> rows = new ArrayList<>();
            for (Year year : years) {
                TranscriptContent c = year.content();
                rows.add(new String[] {
                    c.schoolYear(),
                    c.className(),
                    c.school(),
                    year.seal() == null ? "Bản nháp" : Codes.shown(year.seal().code())
                });
            }
            table(new String[] {"Năm học", "Lớp", "Trường", "Mã xác thực"}, new float[] {80, 60, 250, 121}, rows);
        }

        void year(Year year) throws IOException {
            TranscriptContent c = year.content();
            seal = year.seal();
            continuation =
                    c.pupil().fullName() + " – lớp " + c.className() + " – năm học " + c.schoolYear() + " (tiếp)";
            newPage(null);
            motto(c);
            y -= 14;
            centred("HỌC BẠ " + c.levelName(), boldFont, 15);
            centred("Năm học " + c.schoolYear() + "  –  Lớp " + c.className(), font, 11);
            y -= 8;
            line("Họ và tên: ", c.pupil().fullName(), 11);
            line(
                    "Ngày sinh: ",
                    join(
                            c.pupil().birthDate(),
                            "Giới tính: " + nz(c.pupil().gender()),
                            "Dân tộc: " + nz(c.pupil().ethnicity())),
                    10);
            line("Mã định danh: ", c.pupil().personalId(), 10);
            if (c.pupil().address() != null) {
                line("Nơi ở: ", c.pupil().address(), 10);
            }
            String parents = join(
                    c.pupil().father() == null ? null : "Cha: " + c.pupil().father(),
                    c.pupil().mother() == null ? null : "Mẹ: " + c.pupil().mother(),
                    c.pupil().guardian() == null
                            ? null
                            : "Người giám hộ: " + c.pupil().guardian());
            if (!parents.isEmpty()) {
                line("", parents, 10);
            }
            y -= 6;
            List<String[]> rows = new ArrayList<>();
            if (c.primary()) {
                for (SubjectLine s : c.subjects()) {
                    rows.add(new String[] {s.name(), nz(s.term1()), nz(s.term2()), nz(s.year()), nz(s.test())});
                }
                table(
                        new String[] {
                            "Môn học và hoạt động giáo dục",
                            "Cuối HK I",
                            "Cuối HK II",
                            "Mức đạt được",
                            "Điểm KTĐK cuối năm"
                        },
                        new float[] {191, 80, 80, 80, 80},
                        rows);
                note("Mức đạt được: T – Hoàn thành tốt; H – Hoàn thành; C – Chưa hoàn thành.");
                y -= 6;
                if (!c.personal().isEmpty()) {
                    // Qualities and competencies side by side, as the form prints them.
                    List<Rating> qualities = c.personal().stream()
                            .filter(r -> r.group().equals("Phẩm chất"))
                            .toList();
                    List<Rating> competencies = c.personal().stream()
                            .filter(r -> !r.group().equals("Phẩm chất"))
                            .toList();
                    List<String[]> personal = new ArrayList<>();
                    for (int i = 0; i < Math.max(qualities.size(), competencies.size()); i++) {
                        Rating q = i < qualities.size() ? qualities.get(i) : null;
                        Rating k = i < competencies.size() ? competencies.get(i) : null;
                        personal.add(new String[] {
                            q == null ? "" : q.name(),
                            q == null ? "" : nz(q.level()),
                            k == null ? "" : k.name(),
                            k == null ? "" : nz(k.level())
                        });
                    }
                    table(
                            new String[] {"Phẩm chất chủ yếu", "Mức đạt được", "Năng lực cốt lõi", "Mức đạt được"},
                            new float[] {150, 80, 201, 80},
                            personal);
                    note("T – Tốt; Đ – Đạt; C – Cần cố gắng.");
                }
                y -= 6;
                line("Kết quả giáo dục: ", nz(c.year().learning()), 10);
                if (c.title() != null) {
                    line("Khen thưởng: ", c.title(), 10);
                }
                if ("Lên lớp".equals(c.decision())) {
                    line(
                            "",
                            c.grade() == 5
                                    ? "Hoàn thành chương trình tiểu học."
                                    : "Hoàn thành chương trình lớp " + c.grade() + ".",
                            10);
                }
            } else {
                for (SubjectLine s : c.subjects()) {
                    rows.add(new String[] {s.name(), nz(s.term1()), nz(s.term2()), nz(s.year())});
                }
                table(
                        new String[] {"Môn học và hoạt động giáo dục", "Học kì I", "Học kì II", "Cả năm"},
                        new float[] {271, 80, 80, 80},
                        rows);
                note("Điểm trung bình môn học; môn đánh giá bằng nhận xét: Đ – Đạt, CĐ – Chưa đạt.");
                y -= 6;
                table(
                        new String[] {"Kết quả", "Học kì I", "Học kì II", "Cả năm"},
                        new float[] {271, 80, 80, 80},
                        List.of(
                                new String[] {
                                    "Kết quả học tập",
                                    nz(c.term1().learning()),
                                    nz(c.term2().learning()),
                                    nz(c.year().learning())
                                },
                                new String[] {
                                    "Kết quả rèn luyện",
                                    nz(c.term1().conduct()),
                                    nz(c.term2().conduct()),
                                    nz(c.year().conduct())
                                }));
                y -= 6;
                line("Xét lên lớp: ", nz(c.decision()), 10);
                if (c.reassess() != null) {
                    line("Kiểm tra lại: ", c.reassess(), 10);
                }
                line("Danh hiệu: ", c.title() == null ? "—" : c.title(), 10);
            }
            line(
                    "Số buổi nghỉ học cả năm: ",
                    (c.absencesExcused() + c.absencesUnexcused()) + " (có phép: " + c.absencesExcused()
                            + ", không phép: " + c.absencesUnexcused() + ")",
                    10);
            y -= 4;
            line("Nhận xét của giáo viên chủ nhiệm: ", c.comment() == null ? "" : c.comment(), 10);
            signatures(c);
        }

        private void motto(TranscriptContent c) throws IOException {
            float top = y;
            float half = (width - 2 * MARGIN) / 2;
            y = top;
            centredIn(upper(c.authority()), font, 9, MARGIN, half);
            centredIn(upper(c.school()), boldFont, 9, MARGIN, half);
            float left = y;
            y = top;
            centredIn("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", boldFont, 9.5f, MARGIN + half, half);
            centredIn("Độc lập – Tự do – Hạnh phúc", boldFont, 9.5f, MARGIN + half, half);
            y = Math.min(left, y) - 4;
        }

        private void signatures(TranscriptContent c) throws IOException {
            need(96);
            y -= 12;
            float half = (width - 2 * MARGIN) / 2;
            String day = seal == null ? "ngày … tháng … năm …" : dated(seal.finalisedAt());
            centredIn(day, font, 9.5f, MARGIN + half, half);
            float top = y;
            centredIn("GIÁO VIÊN CHỦ NHIỆM", boldFont, 9.5f, MARGIN, half);
            centredIn("(Ký và ghi rõ họ tên)", font, 8.5f, MARGIN, half);
            y -= 40;
            centredIn(nz(c.homeroomTeacher()), boldFont, 10, MARGIN, half);
            y = top;
            centredIn("HIỆU TRƯỞNG", boldFont, 9.5f, MARGIN + half, half);
            centredIn("(Ký, ghi rõ họ tên và đóng dấu)", font, 8.5f, MARGIN + half, half);
            y -= 40;
            centredIn(nz(c.principal()), boldFont, 10, MARGIN + half, half);
        }

        private static String dated(Instant at) {
            ZonedDateTime d = at.atZone(VIETNAM);
            return "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
        }

        private void newPage(String heading) throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            seals.put(page.getCOSObject(), seal);
            cs = new PDPageContentStream(doc, page);
            y = height - MARGIN;
            if (seal == null && continuation != null) {
                drafts.add(page.getCOSObject());
                watermark();
            }
            if (heading != null) {
                text(heading, font, 8.5f, MARGIN, y - 9);
                y -= 18;
            }
        }

        private void watermark() throws IOException {
            cs.saveGraphicsState();
            cs.setNonStrokingColor(0.88f, 0.88f, 0.88f);
            cs.beginText();
            cs.setFont(boldFont, 64);
            cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(45), 140, 250));
            cs.showText("BẢN NHÁP");
            cs.endText();
            cs.restoreGraphicsState();
        }

        /** Moves to a new page unless {@code space} points fit above the footer. */
        private void need(float space) throws IOException {
            if (y - space < MARGIN + FOOTER) {
                newPage(continuation);
            }
        }

        private void centred(String s, PDFont f, float size) throws IOException {
            centredIn(s, f, size, MARGIN, width - 2 * MARGIN);
        }

        private void centredIn(String s, PDFont f, float size, float left, float span) throws IOException {
            for (String part : wrap(s, f, size, span)) {
                need(size * 1.4f);
                y -= size * 1.35f;
                text(part, f, size, left + (span - textWidth(part, f, size)) / 2, y);
            }
        }

        /** A bold label followed by its value, wrapped to the width. */
        private void line(String label, String value, float size) throws IOException {
            float labelWidth = textWidth(label, boldFont, size);
            List<String> parts = wrap(nz(value), font, size, width - 2 * MARGIN - labelWidth);
            for (int i = 0; i < parts.size(); i++) {
                need(size * 1.5f);
                y -= size * 1.45f;
                if (i == 0 && !label.isEmpty()) {
                    text(label, boldFont, size, MARGIN, y);
                }
                text(parts.get(i), font, size, MARGIN + labelWidth, y);
            }
        }

        private void note(String s) throws IOException {
            for (String part : wrap(s, font, 8, width - 2 * MARGIN)) {
                need(11);
                y -= 11;
                text(part, font, 8, MARGIN, y);
            }
        }

        /** A ruled table; the header repeats when it runs onto a new page. */
        private void table(String[] header, float[] widths, List<String[]> rows) throws IOException {
            row(header, widths, boldFont, true);
            for (String[] r : rows) {
                if (y - rowHeight(r, widths, font) < MARGIN + FOOTER) {
                    newPage(continuation);
                    row(header, widths, boldFont, true);
                }
                row(r, widths, font, false);
            }
        }

        private float rowHeight(String[] cells, float[] widths, PDFont f) throws IOException {
            int lines = 1;
            for (int i = 0; i < cells.length; i++) {
                lines = Math.max(lines, wrap(nz(cells[i]), f, 9, widths[i] - 6).size());
            }
            return lines * 11 + 5;
        }

        private void row(String[] cells, float[] widths, PDFont f, boolean header) throws IOException {
            float h = rowHeight(cells, widths, f);
            float x = MARGIN;
            if (header) {
                cs.setNonStrokingColor(0.92f, 0.92f, 0.92f);
                cs.addRect(MARGIN, y - h, sum(widths), h);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
            cs.setLineWidth(0.6f);
            for (int i = 0; i < cells.length; i++) {
                cs.addRect(x, y - h, widths[i], h);
                cs.stroke();
                List<String> parts = wrap(nz(cells[i]), f, 9, widths[i] - 6);
                float ty = y - 3 - 9;
                for (String part : parts) {
                    // Names read from the left; levels and scores sit in the middle of their narrow columns.
                    float tx = widths[i] > 120 ? x + 3 : x + (widths[i] - textWidth(part, f, 9)) / 2;
                    text(part, f, 9, tx, ty);
                    ty -= 11;
                }
                x += widths[i];
            }
            y -= h;
        }

        private void text(String s, PDFont f, float size, float x, float baseline) throws IOException {
            PdfText.show(cs, f, size, s, x, baseline);
        }

        private static float textWidth(String s, PDFont f, float size) throws IOException {
            return PdfText.width(f, size, s);
        }

        private static List<String> wrap(String s, PDFont f, float size, float span) throws IOException {
            return PdfText.wrap(f, size, s, span);
        }

        /** Writes every page's footer: the seal and QR code of its year (or the draft notice) and its number. */
        void finish() throws IOException {
            cs.close();
            int total = doc.getNumberOfPages();
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                Seal pageSeal = seals.get(page.getCOSObject());
                try (PDPageContentStream foot =
                        new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = foot;
                    float base = MARGIN + FOOTER - 14;
                    cs.setLineWidth(0.5f);
                    cs.moveTo(MARGIN, base + 8);
                    cs.lineTo(width - MARGIN, base + 8);
                    cs.stroke();
                    if (pageSeal != null) {
                        qr(pageSeal.url(), width - MARGIN - 64, base - 66, 64);
                        text("Mã xác thực: " + Codes.shown(pageSeal.code()), boldFont, 9, MARGIN, base - 6);
                        text(
                                "Kiểm tra tính xác thực: quét mã QR hoặc mở " + pageSeal.url(),
                                font,
                                8,
                                MARGIN,
                                base - 19);
                        text("SHA-256 nội dung: " + pageSeal.hash().substring(0, 32), font, 7.5f, MARGIN, base - 31);
                        text(
                                pageSeal.hash().substring(32),
                                font,
                                7.5f,
                                MARGIN + textWidth("SHA-256 nội dung: ", font, 7.5f),
                                base - 41);
                    } else if (drafts.contains(page.getCOSObject())) {
                        text(
                                "BẢN NHÁP – chưa được Hiệu trưởng duyệt, không có giá trị xác nhận.",
                                boldFont,
                                9,
                                MARGIN,
                                base - 6);
                    }
                    text("Trang " + number + "/" + total, font, 8, MARGIN, base - 60);
                }
            }
        }

        private void qr(String url, float x, float y0, float size) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter()
                        .encode(
                                url,
                                BarcodeFormat.QR_CODE,
                                0,
                                0,
                                Map.of(
                                        EncodeHintType.MARGIN,
                                        0,
                                        EncodeHintType.ERROR_CORRECTION,
                                        ErrorCorrectionLevel.M));
            } catch (WriterException e) {
                throw new IllegalStateException("QR code of " + url, e);
            }
            float module = size / matrix.getWidth();
            cs.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        cs.addRect(x + col * module, y0 + size - (row + 1) * module, module, module);
                    }
                }
            }
            cs.fill();
        }

        private static float sum(float[] values) {
            float total = 0;
            for (float v : values) {
                total += v;
            }
            return total;
        }
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join("   ", kept);
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
