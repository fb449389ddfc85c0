package vn.eduvn.assessment.transcript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Signs finalised transcripts with the school's PKCS#12 certificate as PAdES baseline B: a detached CAdES
 * signature (ETSI.CAdES.detached) whose signed attributes bind the signing certificate (ESS signing-certificate
 * v2), so any PDF reader shows who signed and that nothing changed since. Does nothing when no certificate is
 * configured.
 */
@Component
class TranscriptSigner {

    private final TranscriptSettings.Signing settings;

    private final PrivateKey key;

    private final Certificate[] chain;

    TranscriptSigner(TranscriptSettings settings) {
        this.settings = settings.signing();
        if (!this.settings.configured()) {
            this.key = null;
            this.chain = null;
            return;
        }
        try (InputStream in = Files.newInputStream(Path.of(this.settings.keystore()))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            char[] password = this.settings.password().toCharArray();
            store.load(in, password);
            String alias = this.settings.alias().isBlank()
                    ? Collections.list(store.aliases()).stream()
                            .filter(a -> isKey(store, a))
                            .findFirst()
                            .orElseThrow(
                                    () -> new IllegalStateException("No private key in " + this.settings.keystore()))
                    : this.settings.alias();
            this.key = (PrivateKey) store.getKey(alias, password);
            this.chain = store.getCertificateChain(alias);
            if (key == null || chain == null || chain.length == 0) {
                throw new IllegalStateException(
                        "No key and certificate named " + alias + " in " + this.settings.keystore());
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot read the transcript signing certificate " + this.settings.keystore() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    boolean enabled() {
        return key != null;
    }

    /** The PDF signed, or as it is when no certificate is configured. */
    byte[] sign(byte[] pdf, String signer, Calendar when) {
        if (!enabled()) {
            return pdf;
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signer);
            signature.setReason(settings.reason());
            if (!settings.location().isBlank()) {
                signature.setLocation(settings.location());
            }
            signature.setSignDate(when);
            doc.addSignature(signature, this::cms);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate cert = (X509Certificate) chain[0];
            ESSCertIDv2 certId = new ESSCertIDv2(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(
                                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                            .build(new JcaContentSignerBuilder(signatureAlgorithm()).build(key), cert));
            generator.addCertificates(new JcaCertStore(Arrays.asList(chain)));
            return generator
                    .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Signing the transcript failed: " + e.getMessage(), e);
        }
    }

    private String signatureAlgorithm() {
        return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }
}
