package vn.eduvn.org.unit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    @Query(value = "select nextval('org_unit_seq')", nativeQuery = true)
    long nextId();

    List<OrgUnit> findByParentIdOrderByName(Long parentId);

    Optional<OrgUnit> findByParentIdIsNull();

    Optional<OrgUnit> findByTypeCodeAndCode(String typeCode, String code);

    boolean existsByParentIdAndStatus(Long parentId, UnitStatus status);

    @Query("select u from OrgUnit u where u.path like concat(:prefix, '%') order by u.path")
    List<OrgUnit> findSubtree(@Param("prefix") String prefix);

    @Query("""
            select u from OrgUnit u where u.path like concat(:prefix, '%')
            and (lower(u.name) like lower(concat('%', :q, '%')) or u.code = :q) order by u.depth, u.name""")
    List<OrgUnit> searchSubtree(@Param("prefix") String prefix, @Param("q") String q);

    @Query("select u.id from OrgUnit u where u.path like concat(:prefix, '%')")
    List<Long> findSubtreeIds(@Param("prefix") String prefix);

    /** Rewrites the paths of a moved unit's descendants; the unit itself is moved through the entity. */
    @Modifying
    @Query("""
            update OrgUnit u set u.path = concat(:newPrefix, substring(u.path, :cut)), u.depth = u.depth + :depthDelta
            where u.path like concat(:oldPrefix, '%') and u.path <> :oldPrefix""")
    int movePaths(
            @Param("oldPrefix") String oldPrefix,
            @Param("newPrefix") String newPrefix,
            @Param("cut") int cut,
            @Param("depthDelta") int depthDelta);
}
