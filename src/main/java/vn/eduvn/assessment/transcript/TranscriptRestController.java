package vn.eduvn.assessment.transcript;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.sheets.Downloads;

/**
 * Transcripts over the API, and the PDF downloads the pages link to (the same paths under the page session).
 * The public verification of a code needs no sign-in.
 */
@RestController
class TranscriptRestController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final Transcripts transcripts;

    TranscriptRestController(Transcripts transcripts) {
        this.transcripts = transcripts;
    }

    @GetMapping("/api/v1/classes/{classId}/transcripts")
    Transcripts.ClassTranscripts ofClass(@PathVariable long classId) {
        return transcripts.of(classId);
    }

    @PostMapping("/api/v1/classes/{classId}/transcripts/finalise")
    Map<String, Integer> finalise(@PathVariable long classId) {
        return Map.of("finalised", transcripts.finalise(classId));
    }

    @GetMapping({
        "/api/v1/classes/{classId}/transcripts/{studentId}",
        "/transcripts/classes/{classId}/students/{studentId}"
    })
    ResponseEntity<byte[]> year(@PathVariable long classId, @PathVariable long studentId) {
        return pdf(transcripts.year(classId, studentId));
    }

    @GetMapping({
        "/api/v1/classes/{classId}/transcripts/{studentId}/cumulative",
        "/transcripts/classes/{classId}/students/{studentId}/cumulative"
    })
    ResponseEntity<byte[]> cumulative(@PathVariable long classId, @PathVariable long studentId) {
        return pdf(transcripts.cumulative(classId, studentId));
    }

    @GetMapping({"/api/v1/classes/{classId}/transcripts/archive", "/transcripts/classes/{classId}/archive"})
    ResponseEntity<byte[]> archive(@PathVariable long classId) {
        Transcripts.Pdf zip = transcripts.classArchive(classId);
        return Downloads.file(zip.bytes(), ZIP, zip.fileName());
    }

    @GetMapping({"/api/v1/me/children/{studentId}/transcript", "/family/children/{studentId}/transcript"})
    ResponseEntity<byte[]> ofMyChild(@PathVariable long studentId) {
        return pdf(transcripts.ofMyChild(studentId));
    }

    @GetMapping("/api/v1/public/transcripts/{code}")
    Transcripts.Verification verify(@PathVariable String code) {
        return transcripts.verify(code).orElseThrow(() -> DomainException.notFound("verify.unknown"));
    }

    private static ResponseEntity<byte[]> pdf(Transcripts.Pdf pdf) {
        return Downloads.file(pdf.bytes(), MediaType.APPLICATION_PDF, pdf.fileName());
    }
}
