package vn.eduvn.registry.statistics;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Live counts of a unit's subtree as JSON, and as an Excel workbook. */
@RestController
class StatisticsRestController {

    private final RegistryStatistics statistics;

    private final StatisticsSheet sheet;

    StatisticsRestController(RegistryStatistics statistics, StatisticsSheet sheet) {
        this.statistics = statistics;
        this.sheet = sheet;
    }

    @GetMapping("/api/v1/units/{id}/statistics")
    RegistryStatistics.UnitCounts counts(@PathVariable long id) {
        return statistics.of(id);
    }

    @GetMapping({"/api/v1/units/{id}/statistics/export", "/units/{id}/statistics/export"})
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("thong-ke-" + id + ".xlsx")
                                .build()
                                .toString())
                .body(sheet.xlsx(statistics.of(id)));
    }
}
