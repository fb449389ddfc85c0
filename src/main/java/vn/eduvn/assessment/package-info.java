/**
 * Assessment: the engines that compute students' results under the four regimes of assessment.md (primary
 * TT30/TT22-2016 and TT27/2020, secondary TT58/2011 with its TT26/2020 amendments and TT22/2021), pure
 * functions over BigDecimal, and the evaluation endpoint through which other software and auditors check them.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assessment",
        allowedDependencies = {"platform", "registry"})
package vn.eduvn.assessment;
