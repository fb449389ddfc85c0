package vn.eduvn.org.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the official list of administrative units from a CSV file
 * ({@code level,code,name,full_name,name_en,unit_type,province_code}), the format of
 * {@code data/administrative-units-2025.csv}. Names contain no commas in the official list, so a plain split
 * is enough.
 */
@Component
public class AdminAreaLoader {

    private static final Logger log = LoggerFactory.getLogger(AdminAreaLoader.class);

    private final JdbcTemplate jdbc;

    AdminAreaLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int load(Resource csv) {
        List<Object[]> rows = new ArrayList<>();
        try (InputStream in = csv.getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("level,code,name")) {
                throw new IllegalArgumentException("Not an administrative-unit list: " + csv.getDescription());
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                rows.add(new Object[] {f[1], f[0], f[2], f[3], f[4], f[5], f[6].isEmpty() ? null : f[6]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update("delete from org_admin_area");
        jdbc.batchUpdate("""
                insert into org_admin_area (code, level, name, full_name, name_en, unit_type, province_code)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
        log.info("Loaded {} administrative units from {}", rows.size(), csv.getDescription());
        return rows.size();
    }
}
