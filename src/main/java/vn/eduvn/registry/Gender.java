package vn.eduvn.registry;

/** Giới tính as the sector database records it. */
public enum Gender {
    MALE("M", "Nam"),
    FEMALE("F", "Nữ");

    private final String code;

    private final String vietnamese;

    Gender(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public static Gender ofCode(String code) {
        return "F".equals(code) ? FEMALE : MALE;
    }
}
