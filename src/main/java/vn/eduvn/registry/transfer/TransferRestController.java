package vn.eduvn.registry.transfer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Transfers through the API, scoped like the page: each school acts on its own side only. */
@RestController
class TransferRestController {

    private final Transfers transfers;

    TransferRestController(Transfers transfers) {
        this.transfers = transfers;
    }

    @GetMapping("/api/v1/schools/{id}/transfers")
    Transfers.SchoolTransfers list(@PathVariable long id) {
        return transfers.of(id);
    }

    @PostMapping("/api/v1/schools/{id}/transfers")
    ResponseEntity<TransferView> request(@PathVariable long id, @RequestBody TransferRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(transfers.request(id, request));
    }

    @PostMapping("/api/v1/schools/{id}/transfers/{transferId}/approve")
    TransferView approve(
            @PathVariable long id, @PathVariable long transferId, @RequestBody(required = false) Decision decision) {
        return transfers.approve(id, transferId, decision == null ? null : decision.note());
    }

    @PostMapping("/api/v1/schools/{id}/transfers/{transferId}/reject")
    TransferView reject(
            @PathVariable long id, @PathVariable long transferId, @RequestBody(required = false) Decision decision) {
        return transfers.reject(id, transferId, decision == null ? null : decision.note());
    }

    @PostMapping("/api/v1/schools/{id}/transfers/{transferId}/cancel")
    TransferView cancel(@PathVariable long id, @PathVariable long transferId) {
        return transfers.cancel(id, transferId);
    }

    record Decision(String note) {}
}
