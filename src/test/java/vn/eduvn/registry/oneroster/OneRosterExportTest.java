package vn.eduvn.registry.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** A learning platform rosters a school from EduVN's OneRoster 1.2 CSV export. */
@EduVnTest
class OneRosterExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theZipHoldsTheSevenFilesWithConsistentReferencesAndNoPersonalIdentifiers() throws Exception {
        byte[] zip = mvc.perform(
                        get("/api/v1/schools/{id}/oneroster", demo.school1().id())
                                .with(Demo.bearer(demo.token(mvc, "sogd"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, List<Map<String, String>>> files = new HashMap<>();
        Map<String, List<String>> headers = new HashMap<>();
        StringBuilder everything = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                everything.append(text);
                List<String> lines = text.lines().toList();
                List<String> header = List.of(lines.get(0).split(","));
                headers.put(entry.getName(), header);
                List<Map<String, String>> rows = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                    Map<String, String> row = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        row.put(header.get(i), cells[i].replaceAll("^\"|\"$", ""));
                    }
                    rows.add(row);
                }
                files.put(entry.getName(), rows);
            }
        }
        assertThat(files)
                .containsOnlyKeys(
                        "manifest.csv",
                        "orgs.csv",
                        "academicSessions.csv",
                        "courses.csv",
                        "classes.csv",
                        "users.csv",
                        "roles.csv",
                        "enrollments.csv");
        assertThat(files.get("manifest.csv")).anySatisfy(r -> {
            assertThat(r.get("propertyName")).isEqualTo("oneroster.version");
            assertThat(r.get("value")).isEqualTo("1.2");
        });
        assertThat(headers.get("enrollments.csv"))
                .containsExactly(
                        "sourcedId",
                        "status",
                        "dateLastModified",
                        "classSourcedId",
                        "schoolSourcedId",
                        "userSourcedId",
                        "role",
                        "primary",
                        "beginDate",
                        "endDate");
        assertThat(headers.get("users.csv")).startsWith("sourcedId", "status", "dateLastModified", "enabledUser");

        Set<String> classes = ids(files.get("classes.csv"));
        Set<String> users = ids(files.get("users.csv"));
        Set<String> courses = ids(files.get("courses.csv"));
        Set<String> orgs = ids(files.get("orgs.csv"));
        assertThat(files.get("orgs.csv"))
                .anySatisfy(
                        r -> assertThat(r.get("name")).isEqualTo(demo.school1().name()));
        assertThat(files.get("classes.csv")).allSatisfy(r -> {
            assertThat(courses).contains(r.get("courseSourcedId"));
            assertThat(orgs).contains(r.get("schoolSourcedId"));
        });
        assertThat(files.get("enrollments.csv")).isNotEmpty().allSatisfy(r -> {
            assertThat(classes).contains(r.get("classSourcedId"));
            assertThat(users).contains(r.get("userSourcedId"));
        });
        long pupils = jdbc.sql(
                        "select count(*) from registry_student where school_unit_id = ? and status = 'ENROLLED' and class_id is not null")
                .param(demo.school1().id())
                .query(Long.class)
                .single();
        assertThat(files.get("roles.csv").stream()
                        .filter(r -> r.get("role").equals("student"))
                        .count())
                .isEqualTo(pupils);
        assertThat(files.get("users.csv")).anySatisfy(r -> {
            assertThat(r.get("familyName")).isEqualTo("Lê");
            assertThat(r.get("middleName")).isEqualTo("Minh");
            assertThat(r.get("givenName")).isEqualTo("Đức");
        });
        String some = jdbc.sql("select personal_id from registry_student where school_unit_id = ? order by id limit 1")
                .param(demo.school1().id())
                .query(String.class)
                .single();
        assertThat(everything.toString()).contains("student-").doesNotContain(some);
    }

    @Test
    void aClerkOfAnotherSchoolCannotExportIt() throws Exception {
        mvc.perform(get("/api/v1/schools/{id}/oneroster", demo.school2().id())
                        .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isNotFound());
    }

    private static Set<String> ids(List<Map<String, String>> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get("sourcedId")));
        return ids;
    }
}
