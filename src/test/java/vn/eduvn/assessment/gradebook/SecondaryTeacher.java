package vn.eduvn.assessment.gradebook;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.eduvn.Demo;
import vn.eduvn.platform.SystemActor;
import vn.eduvn.registry.RegistryApi;

/**
 * The demo lower-secondary teacher who teaches Toán in a grade-6 class, given an account of their own (the demo
 * gives accounts to the primary teacher only): username, class, and a pupil of another class.
 */
record SecondaryTeacher(String username, long classId, long otherClassPupil) {

    static SecondaryTeacher of(MockMvc mvc, Demo demo, JdbcClient jdbc, RegistryApi registry, String username) {
        var row = jdbc.sql("""
                select s.personal_id, a.class_id from registry_teaching_assignment a
                join registry_staff s on s.id = a.staff_id join registry_class c on c.id = a.class_id
                where a.school_unit_id = ? and a.subject_code = 'TOAN' and c.grade = 6 order by c.name limit 1""")
            .param(demo.school2().id()).query().singleRow();
        long classId = ((Number) row.get("class_id")).longValue();
        boolean exists = jdbc.sql("select count(*) from identity_account where username = ?").param(username)
            .query(Long.class).single() > 0;
        if (!exists) {
            demo.createAccount(mvc, username, "TEACHER", demo.school2().id());
            SystemActor.run(() -> registry.linkAccount(demo.school2().id(), (String) row.get("personal_id"), username));
        }
        long other = jdbc.sql("select min(id) from registry_student where school_unit_id = ? and class_id <> ?")
            .params(demo.school2().id(), classId).query(Long.class).single();
        return new SecondaryTeacher(username, classId, other);
    }
}
