package vn.eduvn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep their boundaries, and their documentation is written from the code. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(EduVnApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        // Every module the application has, by name: a new module is added here on purpose, not by accident.
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder(
                        "platform", "org", "identity", "registry", "assessment", "timetable", "admissions", "demo");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
