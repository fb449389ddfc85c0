package vn.eduvn.platform.audit;

import vn.eduvn.platform.UnitRef;

/**
 * The unit the current request acts at, so that the audit trail can file each change under a unit.
 * Set by {@link vn.eduvn.platform.Access} when a scope check passes and cleared after each request;
 * Hibernate Envers' revision listener has no other way to learn it.
 */
public final class AuditUnit {

    private static final ThreadLocal<UnitRef> CURRENT = new ThreadLocal<>();

    private AuditUnit() {}

    public static void set(UnitRef unit) {
        CURRENT.set(unit);
    }

    public static UnitRef get() {
        return CURRENT.get();
    }

    public static void clear() {
        CURRENT.remove();
    }
}
