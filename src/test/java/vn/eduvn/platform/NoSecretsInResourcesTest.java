package vn.eduvn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Production secrets come from the environment, never from the packaged resources. */
class NoSecretsInResourcesTest {

    private static final Pattern SECRET =
            Pattern.compile("(?im)^[^#\\n]*(password|secret|api-key|private-key)[^=\\n]*=[ \\t]*(?!\\$\\{)\\S+");

    @Test
    void mainResourcesHoldNoCredentials() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            List<String> offending = files.filter(f ->
                            f.toString().endsWith(".properties") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().startsWith("messages"))
                    .filter(f -> SECRET.matcher(read(f)).find())
                    .map(Path::toString)
                    .toList();
            assertThat(offending).isEmpty();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
