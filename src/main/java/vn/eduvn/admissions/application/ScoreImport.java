package vn.eduvn.admissions.application;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.admissions.campaign.CampaignView;
import vn.eduvn.admissions.campaign.Campaigns;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.audit.AuditUnit;
import vn.eduvn.platform.sheets.ImportMode;
import vn.eduvn.platform.sheets.ImportSheet;
import vn.eduvn.platform.sheets.ImportSheet.SheetRow;
import vn.eduvn.platform.sheets.RowProblems;
import vn.eduvn.platform.sheets.SheetError;

/**
 * Grade-10 scores from the exam board's Excel sheet: one row per candidate, the column "Mã định danh" and one
 * column per paper of the campaign (its code, such as TOAN). Every bad row is reported with its column; nothing
 * changes unless every row is good or the official chose to import the valid rows.
 */
@Service
public class ScoreImport {

    static final String PERSONAL_ID = "Mã định danh";

    private final ApplicationRepository applications;

    private final Campaigns campaigns;

    private final MessageSource messages;

    private final Clock clock;

    ScoreImport(ApplicationRepository applications, Campaigns campaigns, MessageSource messages, Clock clock) {
        this.applications = applications;
        this.campaigns = campaigns;
        this.messages = messages;
        this.clock = clock;
    }

    /** What an import did: rows imported and rejected, and each problem by row and column. */
    public record Report(int imported, int rejected, List<SheetError> errors, boolean applied) {}

    private record Parsed(Application application, Map<String, BigDecimal> scores) {}

    @Transactional
    public Report importScores(long campaignId, InputStream file, ImportMode mode) {
        CampaignView campaign = campaigns.managedView(campaignId);
        if (campaign.settings().weights() == null
                || campaign.settings().weights().isEmpty()) {
            throw DomainException.conflict(null, "admission.scores.error.noPapers");
        }
        AuditUnit.set(campaigns.ownerRef(campaign));
        List<String> papers = List.copyOf(campaign.settings().weights().keySet());
        RowProblems problems = new RowProblems(messages);
        ImportSheet sheet = ImportSheet.read(file, List.of(PERSONAL_ID), papers, problems);
        if (sheet == null) {
            return new Report(0, 0, problems.list(), false);
        }
        for (String paper : papers) {
            if (!sheet.hasColumn(paper)) {
                problems.add(0, paper, "admission.scores.error.column", paper);
            }
        }
        if (!problems.isEmpty()) {
            return new Report(0, 0, problems.list(), false);
        }
        Map<String, Application> byId = new HashMap<>();
        applications.findByCampaignIdOrderByIdAsc(campaignId).forEach(a -> byId.put(a.getPersonalId(), a));
        Map<Integer, Parsed> parsed = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            String id = row.identifier(PERSONAL_ID);
            if (id == null) {
                continue;
            }
            Application application = byId.get(id);
            if (application == null) {
                problems.add(row.number(), PERSONAL_ID, "admission.scores.error.unknown", id);
            }
            Integer first = seen.putIfAbsent(id, row.number());
            if (first != null) {
                problems.add(row.number(), PERSONAL_ID, "admission.scores.error.twice", first);
            }
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (String paper : papers) {
                String typed = row.text(paper);
                BigDecimal score = typed == null ? null : Scores.parse(typed);
                if (typed == null) {
                    problems.add(row.number(), paper, "admission.scores.error.blank");
                } else if (Scores.absent(typed)) {
                    continue;
                } else if (score == null) {
                    problems.add(row.number(), paper, "admission.scores.error.score", typed);
                } else {
                    scores.put(paper, score);
                }
            }
            parsed.put(row.number(), new Parsed(application, scores));
        }
        Set<Integer> bad = problems.rows();
        if (!problems.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            return new Report(0, bad.size(), problems.list(), false);
        }
        int imported = 0;
        for (var row : parsed.entrySet()) {
            if (!bad.contains(row.getKey())) {
                row.getValue()
                        .application()
                        .recordScores(Scores.write(row.getValue().scores()), clock.instant());
                imported++;
            }
        }
        return new Report(imported, bad.size(), problems.list(), true);
    }
}
