-- The sign-in account of a member of staff, so a teacher sees the classes and subjects assigned to them.
alter table registry_staff add column account_username varchar(60);
alter table registry_staff_aud add column account_username varchar(60);
create unique index registry_staff_account_uk on registry_staff (account_username);
