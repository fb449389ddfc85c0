package vn.eduvn.assessment.transcript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.assessment.gradebook.Gradebooks;
import vn.eduvn.assessment.transcript.TranscriptPdf.Seal;
import vn.eduvn.assessment.transcript.TranscriptPdf.Year;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.platform.UnitRef;
import vn.eduvn.platform.audit.AuditUnit;
import vn.eduvn.platform.text.VietnameseText;
import vn.eduvn.registry.ClassRecord;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.StudentView;

/**
 * Transcripts (học bạ): drafts from the class results while the year runs; the principal finalises a class's
 * year, which freezes every student's transcript with its hash and verification code and seals the class's
 * gradebooks, conduct, comments and attendance; PDFs per student and year, over the level, and for the class;
 * and the public verification of a code.
 */
@Service
@Transactional
public class Transcripts {

    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final RegistryApi registry;

    private final TranscriptContents contents;

    private final TranscriptRepository transcripts;

    private final TranscriptPdf pdf;

    private final TranscriptSigner signer;

    private final Gradebooks gradebooks;

    private final Access access;

    private final TranscriptSettings settings;

    private final JsonMapper json = JsonMapper.builder().build();

    Transcripts(
            RegistryApi registry,
            TranscriptContents contents,
            TranscriptRepository transcripts,
            TranscriptPdf pdf,
            TranscriptSigner signer,
            Gradebooks gradebooks,
            Access access,
            TranscriptSettings settings) {
        this.registry = registry;
        this.contents = contents;
        this.transcripts = transcripts;
        this.pdf = pdf;
        this.signer = signer;
        this.gradebooks = gradebooks;
        this.access = access;
        this.settings = settings;
    }

    /** A student's line on the class's transcript page: finalised (code, hash) or what the year still lacks. */
    public record StudentLine(
            long studentId, String fullName, String code, String hash, Instant finalisedAt, String missing) {}

    /** The transcripts of a class's year. */
    public record ClassTranscripts(
            long classId,
            String className,
            int startYear,
            int grade,
            boolean finalised,
            boolean mayFinalise,
            List<StudentLine> students) {}

    /** A PDF and the name to save it under. */
    public record Pdf(String fileName, byte[] bytes) {}

    /**
     * What the public verification page shows for a code: whether the stored content still has the hash it was
     * finalised with, and that content (without the personal identifier and address).
     */
    public record Verification(
            String code, boolean intact, String hash, String finalisedOn, TranscriptContent content) {}

    @Transactional(readOnly = true)
    public ClassTranscripts of(long classId) {
        ClassRecord record = registry.classRecord(classId, false);
        Map<Long, Transcript> finalised = finalisedOf(classId);
        Map<Long, String> missing = finalised.isEmpty() ? contents.of(record).incomplete() : Map.of();
        List<StudentLine> lines = new ArrayList<>();
        for (StudentView s : record.list().students()) {
            Transcript t = finalised.get(s.id());
            lines.add(
                    t == null
                            ? new StudentLine(s.id(), s.fullName(), null, null, null, missing.get(s.id()))
                            : new StudentLine(
                                    s.id(),
                                    s.fullName(),
                                    Codes.shown(t.code()),
                                    t.contentHash(),
                                    t.finalisedAt(),
                                    null));
        }
        return new ClassTranscripts(
                classId,
                record.list().name(),
                record.list().startYear(),
                record.list().grade(),
                !finalised.isEmpty(),
                registry.leads(record.list().schoolUnitId()),
                lines);
    }

    /**
     * The principal finalises the class's year: every student's transcript is frozen with its hash and code, and
     * the class's records take no change from then on. Refused while any student's year is incomplete (naming
     * them) and when the year is already final. Answers how many transcripts were finalised.
     */
    public int finalise(long classId) {
        ClassRecord record = registry.classRecord(classId, true);
        if (!transcripts.findByClassId(classId).isEmpty()) {
            throw DomainException.conflict(null, "transcript.error.finalised");
        }
        if (record.list().students().isEmpty()) {
            throw DomainException.invalid("classId", "transcript.error.empty");
        }
        TranscriptContents.ClassYear year = contents.of(record);
        if (!year.incomplete().isEmpty()) {
            throw DomainException.invalid(
                    "classId",
                    "transcript.error.incomplete",
                    String.join("; ", year.incomplete().values()));
        }
        AuditUnit.set(new UnitRef(record.list().schoolUnitId(), null));
        ScopedUser user = access.requireUser();
        String by = user.displayName() + " (" + user.username() + ")";
        Instant now = Instant.now();
        year.contents().forEach((studentId, content) -> {
            String frozen = json.writeValueAsString(content);
            transcripts.save(new Transcript(
                    studentId,
                    classId,
                    record.list().schoolUnitId(),
                    record.list().startYear(),
                    record.list().grade(),
                    frozen,
                    Codes.sha256(frozen),
                    Codes.fresh(),
                    by,
                    now));
        });
        gradebooks.seal(classId);
        return year.contents().size();
    }

    /** A student's transcript of the class's year: the finalised one, or a draft from today's results. */
    @Transactional(readOnly = true)
    public Pdf year(long classId, long studentId) {
        ClassRecord record = registry.classRecord(classId, false);
        Year year = transcripts
                .findByClassIdAndStudentId(classId, studentId)
                .map(this::finalYear)
                .orElseGet(() -> draft(record, studentId));
        return new Pdf(fileName(year.content(), record.list().startYear()), signed(pdf.year(year), year));
    }

    /**
     * A student's transcript over the level up to this class's year: the finalised years of the same level in
     * order (at whatever school), and this year's draft while it is not final.
     */
    @Transactional(readOnly = true)
    public Pdf cumulative(long classId, long studentId) {
        ClassRecord record = registry.classRecord(classId, false);
        List<Year> years =
                finalYears(studentId, record.list().grade(), record.list().startYear());
        if (transcripts.findByClassIdAndStudentId(classId, studentId).isEmpty()) {
            years.add(draft(record, studentId));
        }
        Year last = years.get(years.size() - 1);
        return new Pdf(fileName(last.content(), 0), signed(pdf.cumulative(years), last));
    }

    /** Whether the signed-in parent's child has a finalised transcript to download (the school approved one). */
    @Transactional(readOnly = true)
    public boolean availableToMe(long studentId) {
        RegistryApi.ChildClass child = registry.myChildsClass(studentId);
        int grade = child.schoolClass() == null ? 12 : child.schoolClass().grade();
        return !finalYears(studentId, grade, Integer.MAX_VALUE).isEmpty();
    }

    /** The signed-in parent's child's finalised transcripts over their current level. */
    @Transactional(readOnly = true)
    public Pdf ofMyChild(long studentId) {
        RegistryApi.ChildClass child = registry.myChildsClass(studentId);
        int grade = child.schoolClass() == null ? 12 : child.schoolClass().grade();
        List<Year> years = finalYears(studentId, grade, Integer.MAX_VALUE);
        if (years.isEmpty()) {
            throw DomainException.notFound("transcript.error.noneFinal");
        }
        Year last = years.get(years.size() - 1);
        return new Pdf(fileName(last.content(), 0), signed(pdf.cumulative(years), last));
    }

    /** Every student's transcript of the class's year, one PDF each, in a zip. */
    @Transactional(readOnly = true)
    public Pdf classArchive(long classId) {
        ClassRecord record = registry.classRecord(classId, false);
        Map<Long, Transcript> finalised = finalisedOf(classId);
        TranscriptContents.ClassYear drafts = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int n = 0;
            for (StudentView s : record.list().students()) {
                Transcript t = finalised.get(s.id());
                Year year;
                if (t != null) {
                    year = finalYear(t);
                } else {
                    if (drafts == null) {
                        drafts = contents.of(record);
                    }
                    year = new Year(drafts.contents().get(s.id()), null);
                }
                zip.putNextEntry(new ZipEntry(String.format(
                        "%02d-%s", ++n, fileName(year.content(), record.list().startYear()))));
                zip.write(signed(pdf.year(year), year));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Pdf(
                "HocBa_" + ascii(record.list().name()) + "_" + record.list().startYear() + ".zip", out.toByteArray());
    }

    /** What the public verification page says about a code; empty when no transcript has it. */
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String typedCode) {
        String code = Codes.typed(typedCode);
        if (!code.matches("[A-Z0-9]{12}")) {
            return Optional.empty();
        }
        return transcripts.findByCode(code).map(t -> {
            boolean intact = Codes.sha256(t.content()).equals(t.contentHash());
            TranscriptContent c = read(t);
            TranscriptContent.Pupil p = c.pupil();
            TranscriptContent shown = new TranscriptContent(
                    c.authority(),
                    c.school(),
                    c.startYear(),
                    c.grade(),
                    c.className(),
                    c.regime(),
                    new TranscriptContent.Pupil(
                            p.fullName(), p.birthDate(), p.gender(), p.ethnicity(), null, null, null, null, null),
                    c.subjects(),
                    c.personal(),
                    c.term1(),
                    c.term2(),
                    c.year(),
                    c.title(),
                    c.decision(),
                    c.reassess(),
                    c.absencesExcused(),
                    c.absencesUnexcused(),
                    c.comment(),
                    c.homeroomTeacher(),
                    c.principal());
            return new Verification(
                    Codes.shown(code),
                    intact,
                    t.contentHash(),
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                            .format(t.finalisedAt().atZone(VIETNAM)),
                    shown);
        });
    }

    private List<Year> finalYears(long studentId, int grade, int upToYear) {
        List<Year> years = new ArrayList<>();
        for (Transcript t : transcripts.findByStudentIdOrderByStartYear(studentId)) {
            if (level(t.grade()) == level(grade) && t.startYear() <= upToYear) {
                years.add(finalYear(t));
            }
        }
        return years;
    }

    private Year finalYear(Transcript t) {
        if (!Codes.sha256(t.content()).equals(t.contentHash())) {
            // The stored content no longer has the hash it was finalised with: never print it as authentic.
            throw DomainException.conflict(null, "transcript.error.tampered", Codes.shown(t.code()));
        }
        return new Year(read(t), new Seal(t.code(), t.contentHash(), verificationUrl(t.code()), t.finalisedAt()));
    }

    private Year draft(ClassRecord record, long studentId) {
        TranscriptContent content = contents.of(record).contents().get(studentId);
        if (content == null) {
            throw DomainException.notFound("gradebook.error.notInClass");
        }
        return new Year(content, null);
    }

    private byte[] signed(byte[] document, Year last) {
        if (last.seal() == null) {
            return document;
        }
        return signer.sign(document, last.content().school(), Calendar.getInstance());
    }

    private TranscriptContent read(Transcript t) {
        return json.readValue(t.content(), TranscriptContent.class);
    }

    private Map<Long, Transcript> finalisedOf(long classId) {
        Map<Long, Transcript> byStudent = new HashMap<>();
        transcripts.findByClassId(classId).forEach(t -> byStudent.put(t.studentId(), t));
        return byStudent;
    }

    String verificationUrl(String code) {
        String base = settings.publicUrl().endsWith("/")
                ? settings.publicUrl().substring(0, settings.publicUrl().length() - 1)
                : settings.publicUrl();
        return base + "/verify/" + code;
    }

    private static int level(int grade) {
        return grade <= 5 ? 1 : grade <= 9 ? 2 : 3;
    }

    private static String fileName(TranscriptContent c, int startYear) {
        return "HocBa_" + ascii(c.pupil().fullName()) + (startYear > 0 ? "_" + startYear : "") + ".pdf";
    }

    private static String ascii(String text) {
        return VietnameseText.fold(text).replaceAll("[^A-Za-z0-9]+", "_");
    }
}
