package vn.eduvn.platform.text;

/**
 * A person's name as typed, tidied, with the two keys derived from it: the folded form that search matches
 * and the Vietnamese sort key of class lists. Every record that names a person (student, staff, later
 * applicants) stores these three together.
 */
public record PersonName(String fullName, String searchName, String sortKey) {

    public static PersonName of(String typed) {
        return new PersonName(
                VietnameseText.tidy(typed), VietnameseText.fold(typed), VietnameseText.nameSortKey(typed));
    }
}
