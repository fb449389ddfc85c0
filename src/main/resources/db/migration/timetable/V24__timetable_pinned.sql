-- Periods the principal has placed by hand (moved and pinned); a re-solve from this timetable keeps them.
alter table timetable_run add column pinned varchar(20000) default '[]' not null;
