package vn.eduvn.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;

/**
 * Another primary school in the demo commune, opened by the administrator with its own clerk and a class 5B1,
 * for stories that must not disturb the demo schools (a transfer in, a year roll-over).
 */
public record NewSchool(long id, long classId, String clerk) {

    public static NewSchool open(MockMvc mvc, Demo demo, JdbcClient jdbc, String code, String clerk) throws Exception {
        mvc.perform(post("/units/{id}/children", demo.commune1().id())
                .with(demo.as("admin"))
                .with(csrf())
                .param("typeCode", "SCHOOL")
                .param("code", code)
                .param("name", "Trường Tiểu học " + code));
        long id = jdbc.sql("select id from org_unit where code = ?")
                .param(code)
                .query(Long.class)
                .single();
        mvc.perform(post("/schools/{id}/profile", id)
                .with(demo.as("admin"))
                .with(csrf())
                .param("level", "PRIMARY")
                .param("ownership", "CONG_LAP")
                .param("nationalStandard", "0"));
        demo.createAccount(mvc, clerk, "CLERK", id);
        mvc.perform(post("/schools/{id}/classes", id)
                .with(demo.as(clerk))
                .with(csrf())
                .param("name", "5B1")
                .param("sessionsPerDay", "2"));
        long classId = jdbc.sql("select id from registry_class where school_unit_id = ? and name = '5B1'")
                .param(id)
                .query(Long.class)
                .single();
        return new NewSchool(id, classId, clerk);
    }

    /** A grade-5 pupil enrolled at school 1 who has no transfer yet: id, personal id, birth date, name. */
    public static Object[] pupilOfSchoolOne(JdbcClient jdbc, Demo demo, int skip) {
        var row = jdbc.sql("""
                select s.id, s.personal_id, s.birth_date, s.full_name from registry_student s
                join registry_class c on c.id = s.class_id
                where s.school_unit_id = ? and c.grade = 5 and s.status = 'ENROLLED'
                and not exists (select 1 from registry_transfer t where t.student_id = s.id)
                order by s.id""").param(demo.school1().id()).query().listOfRows().get(skip);
        return new Object[] {
            ((Number) row.get("id")).longValue(),
            row.get("personal_id"),
            row.get("birth_date").toString(),
            row.get("full_name")
        };
    }
}
