package vn.eduvn.identity.audit;

import java.time.LocalDate;

/** What the audit-trail reader asked for; every part is optional. */
public record AuditFilter(String who, String what, LocalDate from, LocalDate to, Long unitId) {

    public String whoOrEmpty() {
        return who == null ? "" : who.trim();
    }
}
