package vn.eduvn.assessment.window;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Mark-entry windows and locks through the API, for the school's principal. */
@RestController
class TermWindowRestController {

    private final TermWindows windows;

    TermWindowRestController(TermWindows windows) {
        this.windows = windows;
    }

    record Window(LocalDate opensOn, LocalDate closesOn) {}

    record Unlock(String reason) {}

    @GetMapping("/api/v1/schools/{id}/mark-entry")
    List<TermWindows.WindowView> list(@PathVariable long id) {
        return windows.of(id);
    }

    @PutMapping("/api/v1/schools/{id}/mark-entry/{term}")
    ResponseEntity<Void> window(@PathVariable long id, @PathVariable int term, @RequestBody Window window) {
        windows.setWindow(id, term, window.opensOn(), window.closesOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/schools/{id}/mark-entry/{term}/lock")
    ResponseEntity<Void> lock(@PathVariable long id, @PathVariable int term) {
        windows.lock(id, term);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/schools/{id}/mark-entry/{term}/unlock")
    ResponseEntity<Void> unlock(
            @PathVariable long id, @PathVariable int term, @RequestBody(required = false) Unlock unlock) {
        windows.unlock(id, term, unlock == null ? null : unlock.reason());
        return ResponseEntity.noContent().build();
    }
}
