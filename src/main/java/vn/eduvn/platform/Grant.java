package vn.eduvn.platform;

/**
 * A role granted to an account at a unit; it reaches every unit whose path starts with {@code unitPath}.
 */
public record Grant(Role role, long unitId, String unitPath, String unitName) {

    public boolean reaches(String path) {
        return path != null && path.startsWith(unitPath);
    }
}
