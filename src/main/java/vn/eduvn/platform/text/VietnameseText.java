package vn.eduvn.platform.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as people search and sort it: folding for diacritics-insensitive search ("nguyen van an"
 * finds "Nguyễn Văn An", "dang" finds "Đặng"), and the collation order of class lists (given name, then middle
 * name, then family name, by ICU's Vietnamese rules).
 */
public final class VietnameseText {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Collator COLLATOR =
            Collator.getInstance(ULocale.forLanguageTag("vi")).freeze();

    private VietnameseText() {}

    /** Lower case, without tone or vowel marks, đ as d, single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(VI).replace('đ', 'd');
        String stripped =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped).replaceAll(" ").trim();
    }

    /** Single spaces, no leading or trailing ones, in Unicode composed form. */
    public static String tidy(String text) {
        return text == null
                ? ""
                : SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                        .replaceAll(" ")
                        .trim();
    }

    /**
     * A key that sorts full names as a Vietnamese class list does: by given name (the last word), then the
     * middle names, then the family name (the first word). Hex, so any database orders it correctly.
     */
    public static String nameSortKey(String fullName) {
        String[] words = tidy(fullName).split(" ");
        String given = words[words.length - 1];
        String family = words.length > 1 ? words[0] : "";
        StringBuilder middle = new StringBuilder();
        for (int i = 1; i < words.length - 1; i++) {
            middle.append(i > 1 ? " " : "").append(words[i]);
        }
        byte[] key =
                COLLATOR.getCollationKey(given + " " + middle + " " + family).toByteArray();
        return HexFormat.of().formatHex(key);
    }

    public static int compare(String a, String b) {
        return COLLATOR.compare(a, b);
    }
}
