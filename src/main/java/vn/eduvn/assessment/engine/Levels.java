package vn.eduvn.assessment.engine;

/** The value codes of the vector file (assessment.md A), best first where they are ordered. */
public final class Levels {

    private Levels() {}

    /** A primary subject or activity: Hoàn thành tốt, Hoàn thành, Chưa hoàn thành. */
    public enum Completion {
        T,
        H,
        C
    }

    /** A primary capacity or quality: Tốt, Đạt, Cần cố gắng. */
    public enum Quality {
        T,
        D,
        C
    }

    /** A secondary comment-graded subject: Đạt, Chưa đạt. */
    public enum Comment {
        D,
        CD
    }

    /** TT58 học lực, best first. */
    public enum HocLuc {
        GIOI,
        KHA,
        TB,
        YEU,
        KEM
    }

    /** TT58 hạnh kiểm, best first. */
    public enum HanhKiem {
        TOT,
        KHA,
        TB,
        YEU
    }

    /** TT22/2021 kết quả học tập and rèn luyện, best first. */
    public enum Tt22 {
        TOT,
        KHA,
        DAT,
        CHUA_DAT
    }

    /** Primary checkpoints: mid and end of semester I, mid semester II, end of year. */
    public enum Checkpoint {
        GHK1,
        CHK1,
        GHK2,
        CN
    }
}
