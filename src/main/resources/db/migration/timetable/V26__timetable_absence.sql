-- A re-solve for an absence starts from the timetable in use (based_on), records who is away on which days, and,
-- once it ends, how many periods it moved from the timetable in use.
alter table timetable_run add column based_on bigint;
alter table timetable_run add column absent_teacher varchar(200);
alter table timetable_run add column absent_days varchar(60);
alter table timetable_run add column moved_periods integer;
