package vn.eduvn.registry.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeachingAssignmentRepository extends JpaRepository<TeachingAssignment, Long> {

    List<TeachingAssignment> findByClassIdIn(Collection<Long> classIds);

    Optional<TeachingAssignment> findByClassIdAndSubjectCode(long classId, String subjectCode);

    /** The class's grade when this user teaches the subject in it and the student is enrolled there; else nothing. */
    @org.springframework.data.jpa.repository.Query("""
            select c.grade from SchoolClass c, TeachingAssignment a, Staff st, Student s
            where c.id = :classId and a.classId = c.id and a.subjectCode = :subject and st.id = a.staffId
            and st.accountUsername = :username and s.id = :student and s.classId = c.id
            and s.status = vn.eduvn.registry.student.StudentStatus.ENROLLED""")
    List<Integer> entryGrade(
            @org.springframework.data.repository.query.Param("classId") long classId,
            @org.springframework.data.repository.query.Param("subject") String subjectCode,
            @org.springframework.data.repository.query.Param("student") long studentId,
            @org.springframework.data.repository.query.Param("username") String username);
}
