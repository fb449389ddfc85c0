package vn.eduvn.admissions.application;

import java.util.List;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;

/**
 * A file of evidence of residence: a PDF, JPEG or PNG of at most 5 MB, recognised by its first bytes rather than by
 * its name, so a program renamed to "xacnhan.pdf" is refused.
 */
public record Evidence(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The evidence with its type read from the content, or a refusal naming what is wrong with the file. */
    public static Evidence of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidFields(List.of(new FieldProblem("evidence", "admission.evidence.error.empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidFields(List.of(
                    new FieldProblem("evidence", "admission.evidence.error.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        String type = type(content);
        if (type == null) {
            throw new InvalidFields(List.of(new FieldProblem("evidence", "admission.evidence.error.type")));
        }
        String name = fileName == null || fileName.isBlank() ? "minh-chung" : fileName.strip();
        name = name.replaceAll("[\\\\/\\r\\n\"]", "_");
        return new Evidence(name.length() > 200 ? name.substring(name.length() - 200) : name, type, content);
    }

    private static String type(byte[] c) {
        if (starts(c, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(c, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (starts(c, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
