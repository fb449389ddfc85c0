package vn.eduvn;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * EduVN: one platform where a fact about a school is typed once and everyone who needs it sees it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EduVnApplication {

    public static void main(String[] args) {
        SpringApplication.run(EduVnApplication.class, args);
    }
}
