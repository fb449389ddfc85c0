/**
 * Registry: the sector database's school profiles, classes and students (hồ sơ trường, lớp, học sinh),
 * their search, Excel import and export. The school itself is an org unit; the registry keeps its profile.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Registry",
        allowedDependencies = {"platform", "org", "identity"})
package vn.eduvn.registry;
