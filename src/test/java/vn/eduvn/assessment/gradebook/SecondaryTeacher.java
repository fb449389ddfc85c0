package vn.eduvn.assessment.gradebook;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.eduvn.Demo;

/**
 * The demo's lower-secondary Toán teacher, giaovien2, in the grade-6 class 6A1 (not their homeroom class):
 * username, class, and a pupil of another class.
 */
record SecondaryTeacher(String username, long classId, long otherClassPupil) {

    static SecondaryTeacher of(Demo demo, JdbcClient jdbc) {
        long classId = jdbc.sql("select id from registry_class where school_unit_id = ? and name = '6A1'")
                .param(demo.school2().id())
                .query(Long.class)
                .single();
        long other = jdbc.sql("select min(id) from registry_student where school_unit_id = ? and class_id <> ?")
                .params(demo.school2().id(), classId)
                .query(Long.class)
                .single();
        return new SecondaryTeacher("giaovien2", classId, other);
    }
}
