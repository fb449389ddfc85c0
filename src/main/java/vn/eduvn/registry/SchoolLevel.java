package vn.eduvn.registry;

/** The education level of a school (cấp học) and the grades it teaches. */
public enum SchoolLevel {
    PRIMARY(1, 5),
    LOWER_SECONDARY(6, 9),
    UPPER_SECONDARY(10, 12),
    PRIMARY_AND_LOWER_SECONDARY(1, 9),
    LOWER_AND_UPPER_SECONDARY(6, 12),
    ALL_GRADES(1, 12);

    private final int firstGrade;

    private final int lastGrade;

    SchoolLevel(int firstGrade, int lastGrade) {
        this.firstGrade = firstGrade;
        this.lastGrade = lastGrade;
    }

    public boolean teaches(int grade) {
        return grade >= firstGrade && grade <= lastGrade;
    }

    public int firstGrade() {
        return firstGrade;
    }

    public int lastGrade() {
        return lastGrade;
    }

    public String labelKey() {
        return "schoolLevel." + name();
    }
}
