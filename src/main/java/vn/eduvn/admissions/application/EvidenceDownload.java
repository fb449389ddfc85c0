package vn.eduvn.admissions.application;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Evidence as the school opens it: its own type, shown inline, never sniffed into something else by the browser. */
public final class EvidenceDownload {

    private EvidenceDownload() {}

    public static ResponseEntity<byte[]> of(Evidence evidence) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(evidence.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(evidence.content());
    }
}
