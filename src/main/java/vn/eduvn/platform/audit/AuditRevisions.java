package vn.eduvn.platform.audit;

/**
 * The audit revision of the current transaction, for changes a module writes in bulk with plain JDBC (an
 * import of a whole school) and must still land in the audit trail with who, when and at which unit.
 */
public interface AuditRevisions {

    /** The current transaction's revision number, created (and stamped with the user and unit) if it has none. */
    long current();
}
