package vn.eduvn.identity.audit;

/** What happened, for the security-event log. */
public enum SecurityEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_REFUSED_LOCKED,
    ACCOUNT_LOCKED,
    LOGOUT,
    TOKEN_ISSUED,
    TOKEN_REFUSED,
    ACCOUNT_CREATED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET;

    public String labelKey() {
        return "securityEvent." + name();
    }
}
