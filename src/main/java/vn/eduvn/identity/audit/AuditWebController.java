package vn.eduvn.identity.audit;

import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page: data changes and security events, filtered by who, what, when and unit. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'PRINCIPAL')")
class AuditWebController {

    private final AuditTrail trail;

    AuditWebController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String audit(
            @RequestParam(defaultValue = "changes") String tab,
            @RequestParam(required = false) String who,
            @RequestParam(required = false) String what,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long unitId,
            Model model) {
        AuditFilter filter = new AuditFilter(who, what, from, to, unitId);
        boolean security = "security".equals(tab);
        model.addAttribute("tab", security ? "security" : "changes");
        model.addAttribute("filter", filter);
        model.addAttribute("entities", trail.auditedEntities());
        model.addAttribute("eventTypes", Arrays.asList(SecurityEventType.values()));
        if (security) {
            model.addAttribute("events", trail.securityEvents(filter));
        } else {
            model.addAttribute("changes", trail.dataChanges(filter));
        }
        model.addAttribute("limit", AuditTrail.LIMIT);
        return "identity/audit";
    }
}
