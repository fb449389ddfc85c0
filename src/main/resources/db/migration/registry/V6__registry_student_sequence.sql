-- Student ids come from a sequence handed out 50 at a time, so that an import of a whole school writes its
-- rows in JDBC batches instead of one round trip per student. It starts far above the identity values
-- already handed out.
create sequence registry_student_seq start with 1000000000 increment by 50;
