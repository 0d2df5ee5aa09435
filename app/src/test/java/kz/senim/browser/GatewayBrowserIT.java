package kz.senim.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.support.Browser;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Kazakh: an operator configures the organization's gateway (a model service, a refused pattern with the
 * reason, a policy, the domestic model), a blocked call shows on the dashboard, and the regulator sees the organization in the overview.
 */
@SenimIntegrationTest
@ExtendWith(Browser.class)
class GatewayBrowserIT {

    @LocalServerPort
    int port;

    private void login(Page page, String user, String password) {
        page.navigate("http://localhost:" + port + "/login?lang=kk");
        page.getByLabel("Пайдаланушы аты").fill(user);
        page.getByLabel("Құпиясөз").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Кіру")).click();
    }

    @Test
    void operatorConfiguresTheGatewayAndSeesABlockedCall(Page page) throws Exception {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        String orgName = "STATE_BODY";
        UUID organization = fixtures.organization(orgName);
        String user = fixtures.account(organization, "OPERATOR");

        login(page, user, Fixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("LLM шлюзі").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("LLM шлюзі"))).isVisible();
        assertThat(page.getByText("Ұйымыңыз үшін модельдер әлі бапталмаған.")).isVisible();

        page.getByLabel("Атауы", new Page.GetByLabelOptions().setExact(true)).fill("Сыртқы сынақ");
        page.getByLabel("Негізгі мекенжай").fill("https://api.external-llm.invalid/v1");
        page.getByLabel("API кілті").fill("sk-browser-secret");
        page.getByLabel("Модельдер, әр жолда").fill("gpt-test=gpt-4o-mini");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Қосу").setExact(true)).click();
        assertThat(page.getByText("Сақталды.")).isVisible();
        Locator models = page.getByRole(AriaRole.TABLE).filter(new Locator.FilterOptions().setHasText("gpt-test → gpt-4o-mini"));
        assertThat(models.getByText("берілген (жасырын)")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("sk-browser-secret");

        page.getByLabel("Үлгі атауы").fill("repeat");
        page.getByLabel("Тұрақты өрнек (RE2)").fill("(a)\\1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Үлгі қосу")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Үлгіні пайдалануға болмайды");

        Http operator = http.bearer(http.login(user, Fixtures.PASSWORD));
        operator.post("/api/v1/gateway/organizations/" + organization + "/upstreams", Map.of("name", "Отандық сынақ", "kind", "DOMESTIC",
                "baseUrl", "http://10.0.0.5:8000/v1", "models", List.of(Map.of("alias", "kaz-a", "upstreamModel", "a"),
                        Map.of("alias", "kaz-b", "upstreamModel", "b"))));
        page.reload();
        String domestic = "Тек отандық модельге жіберуге болатын деректерге арналған отандық модель";
        assertThat(page.getByLabel(domestic)).hasValue("");
        page.getByLabel("төлем картасының нөмірі").selectOption("BLOCK");
        page.getByLabel(domestic).selectOption("kaz-b");
        page.getByLabel("«gpt-test» сұрауларына арналған отандық модель").selectOption("kaz-a");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Саясаттарды сақтау")).click();
        assertThat(page.getByText("Сақталды.")).isVisible();
        assertThat(page.getByLabel("төлем картасының нөмірі")).hasValue("BLOCK");
        assertThat(page.getByLabel(domestic)).hasValue("kaz-b");
        assertThat(page.getByLabel("«gpt-test» сұрауларына арналған отандық модель")).hasValue("kaz-a");

        var r = operator.post("/v1/chat/completions", Map.of("model", "gpt-test",
                "messages", List.of(Map.of("role", "user", "content", "карта 4400 4301 2345 6789"))));
        org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(400);
        Locator calls = page.getByRole(AriaRole.TABLE).filter(new Locator.FilterOptions().setHasText("Бұғатталды"));
        for (int i = 0; i < 50 && calls.count() == 0; i++) {
            Thread.sleep(100);
            page.reload();
        }
        assertThat(calls.getByText("төлем картасының нөмірі × 1")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Шығу")).click();
        login(page, "regulator", Fixtures.DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Шлюзге шолу")).click();
        String name = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD)).get("/api/v1/organizations/" + organization).json().path("name").asString();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).containsText("Бұғатталды: 1");
    }
}
