package vn.eduvn.timetable;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Role;
import vn.eduvn.timetable.fet.FetModel;
import vn.eduvn.timetable.fet.FetReader;
import vn.eduvn.timetable.fet.FetSolving;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;

/** The scripting API of timetabling: solve a problem in the exchange format. */
@RestController
class TimetableRestController {

    private static final Role[] SOLVERS = {Role.SYSTEM_ADMIN, Role.PRINCIPAL, Role.CLERK};

    private final Timetabling timetabling;

    private final Access access;

    TimetableRestController(Timetabling timetabling, Access access) {
        this.timetabling = timetabling;
        this.access = access;
    }

    /** Solves for {@code seconds} (1 to 600) and answers the best timetable found. */
    @PostMapping("/api/v1/timetable/solve")
    TimetableSolution solve(@RequestParam(defaultValue = "30") int seconds, @RequestBody TimetableProblem problem) {
        checkSolver(seconds);
        return timetabling.solve(problem, seconds);
    }

    /**
     * Solves a FET file (the request body, at most 20 MB) for {@code seconds} and answers the timetable as FET
     * writes it — activity ids, day and hour names — with its score, what it breaks, and the constraint types not
     * supported.
     */
    @PostMapping("/api/v1/timetable/fet/solve")
    FetSolving.Result solveFet(@RequestParam(defaultValue = "30") int seconds, HttpServletRequest request)
            throws IOException {
        checkSolver(seconds);
        if (request.getContentLengthLong() > FetReader.MAX_BYTES) {
            throw new vn.eduvn.platform.InvalidFields(java.util.List.of(new vn.eduvn.platform.FieldProblem(
                    "fet", "fet.error.tooLarge", FetReader.MAX_BYTES / (1024 * 1024))));
        }
        return FetSolving.solve(FetModel.of(FetReader.read(request.getInputStream())), seconds);
    }

    private void checkSolver(int seconds) {
        if (access.grants(SOLVERS).isEmpty()) {
            throw new AccessDeniedException("only a principal, clerk or administrator solves timetables");
        }
        if (seconds < 1 || seconds > Timetabling.MAX_SECONDS) {
            throw DomainException.invalid("seconds", "timetable.error.seconds", Timetabling.MAX_SECONDS);
        }
    }
}
