package vn.eduvn.platform;

/**
 * The roles of EduVN. A role is always granted at a unit and reaches that unit's subtree.
 */
public enum Role {
    SYSTEM_ADMIN,
    DEPARTMENT_OFFICIAL,
    PRINCIPAL,
    CLERK,
    TEACHER,
    PARENT,
    STUDENT;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Key of the role's name in the message bundles. */
    public String labelKey() {
        return "role." + name();
    }
}
