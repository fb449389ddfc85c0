package vn.eduvn.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploaded files live (evidence of residence, later lesson videos and documents): on local disk under
 * {@code eduvn.data-dir/files}, named by a random key so that a name says nothing about its owner. A file is
 * written to a temporary name and moved into place, so a crash never leaves half a file under a key. A deployment
 * with several nodes puts the same methods in front of S3-compatible storage.
 */
@Component
public class StoredFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    StoredFiles(@Value("${eduvn.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "files");
    }

    /** Stores the bytes under a new key, in a folder of the owning module ("admissions"), and answers the key. */
    public String store(String folder, byte[] content) {
        String key = folder + "/" + HexFormat.of().formatHex(random());
        Path target = root.resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
            Files.write(temporary, content, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] read(String key) {
        if (key.contains("..")) {
            throw new IllegalArgumentException("not a stored file key: " + key);
        }
        try {
            return Files.readAllBytes(root.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
