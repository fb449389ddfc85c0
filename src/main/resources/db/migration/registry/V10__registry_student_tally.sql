-- Student events take their ids from a pooled sequence, so that an import writes them in JDBC batches.
create sequence registry_student_event_seq start with 1000000000 increment by 50;

-- Enrolled students of each school's latest year counted by grade, gender, ethnic group and disability: kept
-- by the registry whenever a school's students change, so that a Department's live counts read thousands of
-- tally rows instead of scanning a million students.
create table registry_student_tally (
    school_unit_id   bigint      not null,
    grade            int         not null,
    gender           varchar(1)  not null,
    ethnicity_code   varchar(2)  not null,
    disability_code  varchar(30) not null,
    students         bigint      not null
);
create index registry_student_tally_school_idx on registry_student_tally (school_unit_id);

insert into registry_student_tally (school_unit_id, grade, gender, ethnicity_code, disability_code, students)
select s.school_unit_id, c.grade, s.gender, s.ethnicity_code, coalesce(s.disability_code, ''), count(*)
from registry_student s join registry_class c on c.id = s.class_id
where s.status = 'ENROLLED'
and c.start_year = (select max(c2.start_year) from registry_class c2 where c2.school_unit_id = c.school_unit_id)
group by s.school_unit_id, c.grade, s.gender, s.ethnicity_code, coalesce(s.disability_code, '');
