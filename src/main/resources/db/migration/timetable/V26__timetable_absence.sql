-- A re-solve for an absence starts from the timetable in use (based_on) and records who is away on which days.
alter table timetable_run add column based_on bigint;
alter table timetable_run add column absent_teacher varchar(40);
alter table timetable_run add column absent_days varchar(60);
