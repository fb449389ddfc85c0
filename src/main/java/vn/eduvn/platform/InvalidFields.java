package vn.eduvn.platform;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal that names every wrong field at once, so that a form marks them all and the API lists them all
 * (not only the first).
 */
public class InvalidFields extends DomainException {

    private final transient List<FieldProblem> problems;

    public InvalidFields(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, "error.validation", problems.get(0).field());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
