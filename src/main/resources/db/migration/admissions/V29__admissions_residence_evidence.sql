-- Evidence of residence a parent uploads when the population database lacks the family's residence (a photo or a
-- PDF of the commune's confirmation); the school looks at it before verifying. The file itself is in StoredFiles.
alter table admission_application add column evidence_key varchar(100);
alter table admission_application add column evidence_name varchar(200);
alter table admission_application add column evidence_type varchar(50);
alter table admission_application_aud add column evidence_key varchar(100);
alter table admission_application_aud add column evidence_name varchar(200);
alter table admission_application_aud add column evidence_type varchar(50);
