package vn.eduvn.identity.account;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select a from Account a where a.homeUnitId in :unitIds
            and (:q = '' or lower(a.username) like lower(concat('%', :q, '%'))
                 or lower(a.displayName) like lower(concat('%', :q, '%')))""")
    Page<Account> search(@Param("unitIds") Collection<Long> unitIds, @Param("q") String q, Pageable page);

    @Query("""
            select a from Account a where :q = '' or lower(a.username) like lower(concat('%', :q, '%'))
                 or lower(a.displayName) like lower(concat('%', :q, '%'))""")
    Page<Account> searchAll(@Param("q") String q, Pageable page);
}
