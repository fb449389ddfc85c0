package vn.eduvn.org;

import java.util.List;

/** A kind of unit and the kinds it may sit under. */
public record UnitTypeView(
        String code,
        String nameVi,
        String nameEn,
        List<String> allowedParents,
        String adminLevel,
        boolean definesSchoolYears) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
