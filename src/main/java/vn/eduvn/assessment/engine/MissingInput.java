package vn.eduvn.assessment.engine;

/** An input an engine cannot compute without, named by its field (a tested subject without its score, say). */
public class MissingInput extends RuntimeException {

    private final String field;

    public MissingInput(String field) {
        super(field);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
