package vn.eduvn.admissions;

import org.springframework.stereotype.Service;
import vn.eduvn.admissions.demo.DemoCampaigns;

/** What other modules ask of admissions: today only the demo province, which wants campaigns to show. */
@Service
public class AdmissionsApi {

    private final DemoCampaigns demo;

    AdmissionsApi(DemoCampaigns demo) {
        this.demo = demo;
    }

    /**
     * Loads the demo campaigns of a province: an open grade-6 campaign of the lower-secondary school's zone with
     * applications at every stage, and a finished grade-10 campaign of the upper-secondary school with published
     * results. Runs as the system, inside the demo's transaction.
     */
    public void loadDemo(DemoSchools schools) {
        demo.load(schools);
    }

    /** The units the demo campaigns use. */
    public record DemoSchools(
            long departmentUnitId,
            long lowerSecondaryUnitId,
            String lowerSecondaryCommune,
            long upperSecondaryUnitId,
            String upperSecondaryCommune,
            long seed) {}
}
