package vn.eduvn.org.area;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.eduvn.org.AdminArea;

/**
 * The official administrative units after the 2025 reform (34 provinces, 3,321 communes), read-only
 * reference data that unit codes of Departments and communes are checked against.
 */
@Component
public class AdminAreas {

    public static final String PROVINCE = "province";

    public static final String COMMUNE = "commune";

    private final JdbcClient jdbc;

    AdminAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AdminArea> find(String level, String code) {
        return jdbc.sql(
                        "select code, level, name, full_name, province_code from org_admin_area where level = ? and code = ?")
                .params(level, code)
                .query(AdminArea.class)
                .optional();
    }

    public List<AdminArea> provinces() {
        return jdbc.sql(
                        "select code, level, name, full_name, province_code from org_admin_area where level = 'province' order by code")
                .query(AdminArea.class)
                .list();
    }

    public List<AdminArea> communesOf(String provinceCode) {
        return jdbc.sql("""
                select code, level, name, full_name, province_code from org_admin_area
                where level = 'commune' and province_code = ? order by code""").param(provinceCode).query(AdminArea.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from org_admin_area").query(Long.class).single();
    }
}
