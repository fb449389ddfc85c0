package vn.eduvn.assessment.transcript;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How transcripts are printed and signed ({@code eduvn.transcript.*}).
 *
 * @param publicUrl the address the public reaches EduVN at; the QR code on every transcript opens
 *        {@code publicUrl/verify/CODE}
 * @param signing the school's PKCS#12 certificate; when {@code keystore} is empty, PDFs are not signed
 */
@ConfigurationProperties("eduvn.transcript")
public record TranscriptSettings(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Signing signing) {

    /**
     * @param keystore path of a PKCS#12 (.p12/.pfx) file holding the key and its certificate chain
     * @param password the keystore's password (also the key's)
     * @param alias the entry to sign with; empty takes the first key in the file
     * @param reason the reason written in the signature
     * @param location the place written in the signature
     */
    public record Signing(
            @DefaultValue("") String keystore,
            @DefaultValue("") String password,
            @DefaultValue("") String alias,
            @DefaultValue("Xác nhận học bạ") String reason,
            @DefaultValue("") String location) {

        public boolean configured() {
            return keystore != null && !keystore.isBlank();
        }
    }
}
