/**
 * Organisation: the tree of administrative units (Ministry, Departments, communes, schools, campuses) kept
 * with materialized paths, the official 2025 administrative-unit list, and school years with their terms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "platform")
package vn.eduvn.org;
