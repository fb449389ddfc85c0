package vn.eduvn.identity.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    @Query("""
            select e from SecurityEvent e
            where (:who = '' or lower(e.username) = lower(:who) or lower(e.actor) = lower(:who))
              and (:type is null or e.type = :type)
              and e.occurredAt >= :from and e.occurredAt < :to
              and (:unitPrefix = '' or e.unitPath like concat(:unitPrefix, '%'))
            order by e.id desc""")
    List<SecurityEvent> search(
            @Param("who") String who,
            @Param("type") SecurityEventType type,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("unitPrefix") String unitPrefix,
            Pageable page);

    List<SecurityEvent> findByUsernameOrderByIdDesc(String username);
}
