package vn.eduvn.org.area;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.SystemActor;

/**
 * On the first start: loads the official administrative units and creates the top of the tree, the Ministry
 * and the Department of Education and Training of each of the 34 provinces.
 */
@Component
@Order(10)
class OrgBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrgBootstrap.class);

    private final AdminAreaLoader loader;

    private final AdminAreas areas;

    private final Units units;

    private final TransactionTemplate tx;

    private final Resource areaList;

    OrgBootstrap(
            AdminAreaLoader loader,
            AdminAreas areas,
            Units units,
            TransactionTemplate tx,
            @Value("${eduvn.org.admin-areas:classpath:data/administrative-units-2025.csv}") Resource areaList) {
        this.loader = loader;
        this.areas = areas;
        this.units = units;
        this.tx = tx;
        this.areaList = areaList;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (areas.count() == 0) {
            loader.load(areaList);
        }
        if (units.root().isPresent()) {
            return;
        }
        SystemActor.run(() -> tx.executeWithoutResult(status -> {
            UnitView ministry = units.createRoot("MINISTRY", "BGDDT", "Bộ Giáo dục và Đào tạo");
            for (vn.eduvn.org.AdminArea province : areas.provinces()) {
                units.create(
                        ministry.id(), "DEPARTMENT", province.code(), "Sở Giáo dục và Đào tạo " + province.fullName());
            }
        }));
        log.info(
                "Created the Ministry and {} provincial Departments",
                areas.provinces().size());
    }
}
