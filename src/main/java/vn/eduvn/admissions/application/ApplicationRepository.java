package vn.eduvn.admissions.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    Optional<Application> findByReceiptNumber(String receiptNumber);

    Optional<Application> findByCampaignIdAndPersonalId(long campaignId, String personalId);

    Optional<Application> findByCampaignIdAndIdempotencyKey(long campaignId, String idempotencyKey);

    List<Application> findByCampaignIdAndFirstChoiceUnitIdOrderByFullNameAscIdAsc(long campaignId, long schoolUnitId);

    List<Application> findByCampaignIdAndAdmittedUnitIdOrderByFullNameAscIdAsc(long campaignId, long schoolUnitId);

    List<Application> findByCampaignIdOrderByIdAsc(long campaignId);

    long countByCampaignId(long campaignId);

    /** How many applications of the campaign are at each status, as {status, count} pairs. */
    @org.springframework.data.jpa.repository.Query(
            "select a.status, count(a) from Application a where a.campaignId = ?1 group by a.status order by a.status")
    List<Object[]> countByStatus(long campaignId);
}
