package kz.senim.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import kz.senim.support.Http;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * OIDC sign-in is configuration only: with a provider registered (Keycloak endpoints here), the login page
 * offers it and the browser is sent to the provider with a proper authorization request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "senim.data-dir=target/it-data/${random.uuid}",
        "logging.structured.format.console=",
        "spring.security.oauth2.client.registration.keycloak.client-id=senim",
        "spring.security.oauth2.client.registration.keycloak.client-secret=test-only-not-a-secret",
        "spring.security.oauth2.client.registration.keycloak.scope=openid,profile",
        "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.keycloak.authorization-uri=http://keycloak.invalid/realms/senim/protocol/openid-connect/auth",
        "spring.security.oauth2.client.provider.keycloak.token-uri=http://keycloak.invalid/realms/senim/protocol/openid-connect/token",
        "spring.security.oauth2.client.provider.keycloak.jwk-set-uri=http://keycloak.invalid/realms/senim/protocol/openid-connect/certs",
        "spring.security.oauth2.client.provider.keycloak.user-info-uri=http://keycloak.invalid/realms/senim/protocol/openid-connect/userinfo",
        "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username"
})
class OidcLoginIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theLoginPageOffersSingleSignOnAndRedirectsToTheProvider() {
        Http http = new Http(port).lang("en");
        var login = Jsoup.parse(http.get("/login").body());
        var link = login.selectFirst("a[href='/oauth2/authorization/keycloak']");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Log in with the organization's single sign-on");

        var redirect = http.get("/oauth2/authorization/keycloak");
        assertThat(redirect.status()).isEqualTo(302);
        URI location = URI.create(redirect.location());
        assertThat(location.getHost()).isEqualTo("keycloak.invalid");
        assertThat(location.getQuery()).contains("client_id=senim").contains("response_type=code").contains("scope=openid profile");
    }
}
