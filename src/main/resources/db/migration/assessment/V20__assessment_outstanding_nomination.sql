-- TT27/2020: the homeroom teacher's proposal of a pupil who completed the year well for the title
-- "Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện", kept with the year-end comment.
alter table assessment_year_comment add column nominated boolean default false not null;
alter table assessment_year_comment_aud add column nominated boolean;
