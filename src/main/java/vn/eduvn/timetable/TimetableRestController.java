package vn.eduvn.timetable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Role;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;

/** The scripting API of timetabling: solve a problem in the exchange format. */
@RestController
class TimetableRestController {

    private static final Role[] SOLVERS = { Role.SYSTEM_ADMIN, Role.PRINCIPAL, Role.CLERK };

    private final Timetabling timetabling;

    private final Access access;

    TimetableRestController(Timetabling timetabling, Access access) {
        this.timetabling = timetabling;
        this.access = access;
    }

    /** Solves for {@code seconds} (1 to 600) and answers the best timetable found. */
    @PostMapping("/api/v1/timetable/solve")
    TimetableSolution solve(@RequestParam(defaultValue = "30") int seconds, @RequestBody TimetableProblem problem) {
        if (access.grants(SOLVERS).isEmpty()) {
            throw new AccessDeniedException("only a principal, clerk or administrator solves timetables");
        }
        if (seconds < 1 || seconds > Timetabling.MAX_SECONDS) {
            throw DomainException.invalid("seconds", "timetable.error.seconds", Timetabling.MAX_SECONDS);
        }
        return timetabling.solve(problem, seconds);
    }
}
