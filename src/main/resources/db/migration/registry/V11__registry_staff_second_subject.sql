-- A teacher's second subject (môn dạy kiêm nhiệm), beside the main one.
alter table registry_staff add column second_subject varchar(30);
alter table registry_staff_aud add column second_subject varchar(30);
