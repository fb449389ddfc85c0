/**
 * Demo province: a deterministic generator that fills an empty installation with one living province, so a
 * newcomer can sign in and see every module at work. It grows with each module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo province",
        allowedDependencies = {"platform", "org", "identity", "registry", "assessment", "admissions"})
package vn.eduvn.demo;
