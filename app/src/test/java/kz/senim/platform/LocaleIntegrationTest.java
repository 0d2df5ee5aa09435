package kz.senim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The user's choice first, then Accept-Language, then Kazakh. */
@SenimIntegrationTest
class LocaleIntegrationTest {

    @LocalServerPort
    int port;

    private String title(Http http) {
        return Jsoup.parse(http.get("/login").body()).title();
    }

    @Test
    void kazakhByDefault() {
        Http http = new Http(port);
        assertThat(title(http)).isEqualTo("Кіру");
        var page = Jsoup.parse(http.get("/login").body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("kk");
        // Without an identity provider configured, no single sign-on is offered.
        assertThat(page.select("a[href^='/oauth2/']")).isEmpty();
    }

    @Test
    void acceptLanguageWhenNoChoiceWasMade() {
        assertThat(title(new Http(port).lang("ru-RU,ru;q=0.9,en;q=0.8"))).isEqualTo("Вход");
        assertThat(title(new Http(port).lang("de-DE,en;q=0.5"))).isEqualTo("Log in");
        assertThat(title(new Http(port).lang("de-DE"))).isEqualTo("Кіру");
    }

    @Test
    void theRememberedChoiceWinsOverTheBrowser() {
        var switched = new Http(port).lang("ru").get("/login?lang=en");
        assertThat(Jsoup.parse(switched.body()).title()).isEqualTo("Log in");
        assertThat(title(new Http(port).lang("ru").header("Cookie", SenimLocaleResolver.COOKIE + "=en"))).isEqualTo("Log in");
        assertThat(title(new Http(port).header("Cookie", SenimLocaleResolver.COOKIE + "=kk").lang("en"))).isEqualTo("Кіру");
    }
}
