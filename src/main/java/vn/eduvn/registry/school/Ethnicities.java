package vn.eduvn.registry.school;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.text.VietnameseText;

/** The 54 ethnic groups, found by code or by name however it is spelt ("Khơ-me", "khome", "HMông", "Hmong"). */
@Component
public class Ethnicities {

    private final JdbcClient jdbc;

    private volatile Map<String, Ethnicity> byKey;

    Ethnicities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Ethnicity> find(String codeOrName) {
        return Optional.ofNullable(index().get(key(codeOrName)));
    }

    public String name(String code) {
        return find(code).map(Ethnicity::name).orElse(code);
    }

    public List<Ethnicity> all() {
        return jdbc.sql("select code, name from registry_ethnicity order by code")
                .query(Ethnicity.class)
                .list();
    }

    private Map<String, Ethnicity> index() {
        if (byKey == null) {
            Map<String, Ethnicity> map = new HashMap<>();
            for (Ethnicity e : all()) {
                map.put(key(e.code()), e);
                map.put(key(e.name()), e);
            }
            byKey = map;
        }
        return byKey;
    }

    private static String key(String text) {
        return VietnameseText.fold(text).replaceAll("[\\s'’-]", "");
    }

    /** One ethnic group (dân tộc). */
    public record Ethnicity(String code, String name) {}
}
