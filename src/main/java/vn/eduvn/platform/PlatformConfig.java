package vn.eduvn.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The clock, and asynchronous delivery of domain events: a listener (an email to a parent) runs after the
 * change has committed, on Spring Boot's task pool, so a slow mail server never slows the request that caused it.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class PlatformConfig {

    /** Times are kept in UTC; pages show them in Asia/Ho_Chi_Minh. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
