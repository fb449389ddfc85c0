package vn.eduvn.platform.audit;

/**
 * The audit revision of the current transaction, for changes a module writes in bulk with plain JDBC (an
 * import of a whole school) and must still land in the audit trail with who, when and at which unit.
 */
public interface AuditRevisions {

    /** The current transaction's revision number, created (and stamped with the user and unit) if it has none. */
    long current();

    /** Who made a revision and when, from the revision entity Envers hands back with audited rows. */
    Revision describe(Object revisionEntity);

    /** A revision's author (null for the system) and time. */
    record Revision(long number, String actor, java.time.Instant at) {}
}
