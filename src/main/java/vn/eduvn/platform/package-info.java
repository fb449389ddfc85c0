/**
 * Platform: what every module needs the same way — the roles and the unit scope of the signed-in user,
 * the unit an audited change happened at, user-facing errors in Vietnamese and English, the page layout.
 * It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.eduvn.platform;
