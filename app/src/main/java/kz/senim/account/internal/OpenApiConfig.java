package kz.senim.account.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI senimOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Senim API").version("v1")
                        .description("Senim: AI-system register, decision ledger, citizens' rights and LLM gateway "
                                + "under Kazakhstan's Law No. 230-VIII. Errors are RFC 9457 problem details in the "
                                + "caller's language (Accept-Language: kk, ru, en).")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token from POST /api/v1/auth/token or the account page")));
    }
}
