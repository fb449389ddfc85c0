package vn.eduvn.assessment.window;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.DomainException;
import vn.eduvn.registry.RegistryApi;

/**
 * The principal's control of mark entry: an entry window per term (from, to) and a lock; after the window or
 * once locked, gradebooks refuse entries. Unlocking needs a reason, kept in the audit trail with who and when.
 */
@Service
@Transactional
public class TermWindows {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final TermWindowRepository windows;

    private final RegistryApi registry;

    TermWindows(TermWindowRepository windows, RegistryApi registry) {
        this.windows = windows;
        this.registry = registry;
    }

    /** A term's window as the principal's page and the API show it. */
    public record WindowView(
            int term, LocalDate opensOn, LocalDate closesOn, boolean locked, String reason, boolean openToday) {}

    /** Why entries are refused today for this school, year and term, or null when they are admitted. */
    @Transactional(readOnly = true)
    public String refusal(long schoolUnitId, int startYear, int term) {
        return windows.findBySchoolUnitIdAndStartYearAndTerm(schoolUnitId, startYear, term)
                .map(w -> w.locked()
                        ? "gradebook.error.locked"
                        : w.admits(LocalDate.now(VIETNAM)) ? null : "gradebook.error.closed")
                .orElse(null);
    }

    @Transactional(readOnly = true)
    public List<WindowView> of(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        int year = registry.currentYear(schoolUnitId);
        List<WindowView> views = new ArrayList<>();
        for (int term = 1; term <= 2; term++) {
            int t = term;
            views.add(windows.findBySchoolUnitIdAndStartYearAndTerm(schoolUnitId, year, term)
                    .map(TermWindows::view)
                    .orElse(new WindowView(t, null, null, false, null, true)));
        }
        return views;
    }

    public void setWindow(long schoolUnitId, int term, LocalDate opensOn, LocalDate closesOn) {
        registry.requirePrincipal(schoolUnitId, true);
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            throw DomainException.invalid("closesOn", "window.error.order");
        }
        window(schoolUnitId, term).open(opensOn, closesOn);
    }

    public void lock(long schoolUnitId, int term) {
        registry.requirePrincipal(schoolUnitId, true);
        window(schoolUnitId, term).lock(true, null);
    }

    public void unlock(long schoolUnitId, int term, String reason) {
        registry.requirePrincipal(schoolUnitId, true);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "window.error.reason");
        }
        if (reason.trim().length() > 300) {
            throw DomainException.invalid("reason", "student.error.tooLong", 300);
        }
        window(schoolUnitId, term).lock(false, reason.trim());
    }

    private TermWindow window(long schoolUnitId, int term) {
        if (term != 1 && term != 2) {
            throw DomainException.invalid("term", "gradebook.error.term");
        }
        int year = registry.currentYear(schoolUnitId);
        return windows.findBySchoolUnitIdAndStartYearAndTerm(schoolUnitId, year, term)
                .orElseGet(() -> windows.save(new TermWindow(schoolUnitId, year, term)));
    }

    private static WindowView view(TermWindow w) {
        return new WindowView(
                w.term(), w.opensOn(), w.closesOn(), w.locked(), w.reason(), w.admits(LocalDate.now(VIETNAM)));
    }
}
