package vn.eduvn.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfig {

    /** Times are kept in UTC; pages show them in Asia/Ho_Chi_Minh. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
