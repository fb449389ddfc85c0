/**
 * Identity: accounts, sign-in (form and bearer tokens), roles granted at units, lockout, and the audit trail
 * (Envers entity history plus the security-event log).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform", "org"})
package vn.eduvn.identity;
