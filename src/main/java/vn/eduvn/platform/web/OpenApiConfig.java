package vn.eduvn.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at /api-docs: every endpoint but the token request takes a bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI eduVnOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("EduVN API")
                        .version("v1")
                        .description("Hệ thống thông tin ngành giáo dục / Vietnam education sector information system. "
                                + "Get a token with POST /api/v1/auth/tokens, then send Authorization: Bearer <token>. "
                                + "Errors are RFC 9457 problems in the language of Accept-Language (vi by default).")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
