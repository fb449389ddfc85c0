package vn.eduvn.assessment.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.eduvn.assessment.transcript.TranscriptContent.Pupil;
import vn.eduvn.assessment.transcript.TranscriptContent.Standing;
import vn.eduvn.assessment.transcript.TranscriptContent.SubjectLine;

/**
 * A school that has configured its PKCS#12 certificate gets signed transcripts: a PAdES (ETSI.CAdES.detached)
 * signature over the whole file that binds the certificate, and that no longer verifies once a byte changes.
 */
class TranscriptSigningTest {

    static TranscriptContent sample() {
        return new TranscriptContent(
                "UBND xã Vũ Tiên",
                "Trường THCS Vũ Tiên",
                2026,
                9,
                "9A1",
                "SECONDARY_TT22_2021",
                new Pupil(
                        "Lường Thị Ngọc Ánh",
                        "03/02/2011",
                        "Nữ",
                        "Thái",
                        "001311900101",
                        "Thôn Đông, xã Vũ Tiên",
                        "Lường Văn Đức",
                        "Nguyễn Thị Hường",
                        null),
                List.of(
                        new SubjectLine("Ngữ văn", "8,5", "9,0", "8,8", null),
                        new SubjectLine("Toán", "9,5", "9,0", "9,2", null),
                        new SubjectLine("Giáo dục thể chất", "Đ", "Đ", "Đ", null)),
                List.of(),
                new Standing("Tốt", "Tốt"),
                new Standing("Tốt", "Tốt"),
                new Standing("Tốt", "Tốt"),
                "Học sinh Giỏi",
                "Lên lớp",
                null,
                1,
                0,
                "Chăm ngoan, học tốt.",
                "Nguyễn Văn Tiến",
                "Trần Văn Hùng");
    }

    @Test
    void aConfiguredCertificateSignsTheTranscriptAsPades(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("truong.p12");
        X509Certificate cert = selfSigned(keystore, "mat-khau");
        TranscriptSigner signer = new TranscriptSigner(new TranscriptSettings(
                "https://eduvn.example.vn",
                new TranscriptSettings.Signing(keystore.toString(), "mat-khau", "", "Xác nhận học bạ", "Hưng Yên")));
        String content = "{}";
        byte[] unsigned = new TranscriptPdf()
                .year(new TranscriptPdf.Year(
                        sample(),
                        new TranscriptPdf.Seal(
                                "DMJXKDZRJH4Q",
                                Codes.sha256(content),
                                "https://eduvn.example.vn/verify/DMJXKDZRJH4Q",
                                Instant.parse("2027-05-30T03:00:00Z"))));

        byte[] signed = signer.sign(unsigned, "Trường THCS Vũ Tiên", GregorianCalendar.getInstance());

        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getName()).isEqualTo("Trường THCS Vũ Tiên");
            assertThat(verifies(signature.getContents(), signature.getSignedContent(signed), cert))
                    .isTrue();
            int[] range = signature.getByteRange();
            assertThat((long) range[2] + range[3])
                    .as("the signature covers the whole file")
                    .isEqualTo(signed.length);

            byte[] altered = signed.clone();
            altered[range[1] / 2] ^= 1;
            assertThat(verifies(signature.getContents(), signature.getSignedContent(altered), cert))
                    .isFalse();
        }
    }

    @Test
    void withoutACertificateThePdfIsLeftAsItIs() {
        TranscriptSigner signer = new TranscriptSigner(new TranscriptSettings(
                "http://localhost:8080", new TranscriptSettings.Signing("", "", "", "Xác nhận học bạ", "")));
        byte[] pdf = new TranscriptPdf().year(new TranscriptPdf.Year(sample(), null));
        assertThat(signer.sign(pdf, "x", GregorianCalendar.getInstance())).isSameAs(pdf);
    }

    private static boolean verifies(byte[] cmsBytes, byte[] signedContent, X509Certificate cert) throws Exception {
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), cmsBytes);
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder holder = (X509CertificateHolder)
                cms.getCertificates().getMatches(signer.getSID()).iterator().next();
        assertThat(holder.getSubject().toString()).contains("CN=Truong THCS Vu Tien");
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                .as("PAdES binds the signing certificate")
                .isNotNull();
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
        } catch (org.bouncycastle.cms.CMSException e) {
            return false;
        }
    }

    private static X509Certificate selfSigned(Path file, String password) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Truong THCS Vu Tien, O=EduVN, C=VN");
        Instant now = Instant.now();
        X509Certificate cert = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.valueOf(now.toEpochMilli()),
                                Date.from(now.minus(Duration.ofDays(1))),
                                Date.from(now.plus(Duration.ofDays(365))),
                                name,
                                pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("truong", pair.getPrivate(), password.toCharArray(), new Certificate[] {cert});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return cert;
    }
}
