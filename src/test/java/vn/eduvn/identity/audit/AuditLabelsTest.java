package vn.eduvn.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The audit trail names every record and field in the reader's language: a record type or field added later
 * without its labels fails here, before a page shows {@code ??entity.X_vi??}.
 */
class AuditLabelsTest {

    @Test
    void everyAuditedRecordAndFieldHasAVietnameseAndAnEnglishLabel() throws Exception {
        Set<String> needed = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Audited.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.eduvn")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            needed.add("entity." + type.getSimpleName());
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())
                        && !field.isAnnotationPresent(NotAudited.class)
                        && !field.isAnnotationPresent(jakarta.persistence.Id.class)) {
                    needed.add("audit.field." + field.getName());
                }
            }
        }
        assertThat(needed).hasSizeGreaterThan(40);
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(needed);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in =
                new InputStreamReader(AuditLabelsTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
