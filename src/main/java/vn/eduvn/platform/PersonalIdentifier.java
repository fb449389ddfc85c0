package vn.eduvn.platform;

import java.time.LocalDate;
import java.util.Set;

/**
 * The 12-digit personal identifier (Nghị định 137/2015/NĐ-CP, Điều 13): PPP G YY NNNNNN, where PPP is the
 * province of birth registration (the 63 pre-2025 provinces, not re-mapped by the merger), G the century and
 * sex (0/1 for males/females born in the 1900s, 2/3 in the 2000s, ...), YY the year of birth. The meaning of
 * the digits is recalled, not confirmed, so the structure check can be switched off
 * ({@code eduvn.registry.personal-id.check-structure}). The registry and the admission portal both check with it.
 */
public final class PersonalIdentifier {

    private static final Set<String> PROVINCES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    private PersonalIdentifier() {}

    public static boolean hasTwelveDigits(String id) {
        return id != null && id.length() == 12 && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The message key of what is wrong with a well-formed identifier for this birth date and sex, or null. */
    public static String structureProblem(String id, LocalDate birthDate, boolean female) {
        if (!PROVINCES.contains(id.substring(0, 3))) {
            return "import.error.idProvince";
        }
        int centuryAndSex = id.charAt(3) - '0';
        int century = birthDate.getYear() / 100 - 19;
        int expected = century * 2 + (female ? 1 : 0);
        int yy = Integer.parseInt(id.substring(4, 6));
        if (century < 0 || centuryAndSex != expected || yy != birthDate.getYear() % 100) {
            return "import.error.idMismatch";
        }
        return null;
    }
}
