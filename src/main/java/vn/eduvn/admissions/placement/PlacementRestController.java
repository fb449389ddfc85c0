package vn.eduvn.admissions.placement;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.Role;

/** Placement as a script or an independent check calls it: a problem in, the rule's result out. */
@RestController
class PlacementRestController {

    private final Access access;

    PlacementRestController(Access access) {
        this.access = access;
    }

    @PostMapping("/api/v1/admissions/placement")
    AdmissionResult place(@RequestBody(required = false) AdmissionProblem problem) {
        if (access.grants(Role.SYSTEM_ADMIN, Role.DEPARTMENT_OFFICIAL).isEmpty()) {
            throw new AccessDeniedException("only a department official or administrator runs placement");
        }
        return Placement.place(problem);
    }
}
