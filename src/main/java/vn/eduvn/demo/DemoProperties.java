package vn.eduvn.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code eduvn.demo.*}: whether to load the demo province, which province, its accounts' password (random
 * and printed when not set), and the generator's seed.
 */
@ConfigurationProperties("eduvn.demo")
record DemoProperties(Boolean enabled, String provinceCode, String password, Long seed) {

    DemoProperties {
        enabled = enabled == null || enabled;
        provinceCode = provinceCode == null ? "33" : provinceCode;
        seed = seed == null ? 20250701L : seed;
    }
}
