-- Primary mark books (TT27/2020 Điều 6, TT30/2014 Điều 6) keep the teacher's comment (nhận xét) on each pupil's
-- learning of the subject in the term beside the level; secondary gradebooks leave it empty.
alter table assessment_mark add column remark varchar(500);
alter table assessment_mark_aud add column remark varchar(500);
