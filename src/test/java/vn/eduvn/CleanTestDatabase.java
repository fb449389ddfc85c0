package vn.eduvn;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** On PostgreSQL the test schema outlives a run; empty it so every run starts from the migrations. */
@Configuration(proxyBeanMethods = false)
@Profile("test-postgresql")
class CleanTestDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
