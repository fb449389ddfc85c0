-- The timetable a school has published: teachers, pupils and parents see it on their own pages.
alter table timetable_run add column published_at timestamp with time zone;
alter table timetable_run add column published_by varchar(100);
