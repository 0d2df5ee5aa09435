package kz.senim.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import kz.senim.classification.ClassificationIntegrationTest;
import kz.senim.support.Browser;
import kz.senim.support.Fixtures;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Kazakh: an operator registers a system, answers the questionnaire for it and sees its class and
 * obligations; the regulator registers it; anyone finds it in the public register.
 */
@SenimIntegrationTest
@ExtendWith(Browser.class)
class RegistryBrowserIT {

    @LocalServerPort
    int port;

    private void login(Page page, String user) {
        page.navigate("http://localhost:" + port + "/login?lang=kk");
        page.getByLabel("Пайдаланушы аты").fill(user);
        page.getByLabel("Құпиясөз").fill(Fixtures.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Кіру")).click();
    }

    @Test
    void aSystemGoesFromTheOperatorsFormToThePublicRegister(Page page) {
        String name = "Әлеуметтік кеңесші " + UUID.randomUUID().toString().substring(0, 8);
        login(page, "operator");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ЖИ жүйелері")).click();
        page.getByLabel("Атауы").fill(name);
        page.getByLabel("Мақсаты").fill("Answers customer questions about delivery");
        page.getByLabel("Құқықтық негізі").fill("Мемлекеттік көрсетілетін қызметтер туралы заң");
        page.getByLabel("Сала").selectOption("E_GOVERNMENT");
        page.getByLabel("ЖИ қолданылатыны адамдарға қайда хабарланады (үтір арқылы)").fill("egov.kz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Жасау")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Жүйені сыныптау")).last().click();
        for (var a : ClassificationIntegrationTest.chatbot().entrySet()) {
            answer(page, a.getKey(), a.getValue());
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сыныптау")).click();
        assertThat(page.locator(".verdict .class").first()).hasText("Ең төмен");
        assertThat(page.getByText("«" + name + "» жүйесінің сыныптамасы ретінде жазылды.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Жүйеге оралу")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Міндеттер тізбесі")).click();
        assertThat(page.getByText("21-бабы").first()).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Жүйеге оралу")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Тіркеуге беру")).click();
        assertThat(page.getByText("Берілген").first()).isVisible();
        String systemUrl = page.url();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Шығу")).click();

        login(page, "regulator");
        page.navigate(systemUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Тіркеу")).click();
        assertThat(page.getByText("Тіркелген").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Шығу")).click();

        page.navigate("http://localhost:" + port + "/public/register?lang=kk");
        page.getByLabel("Атауы, мақсаты немесе операторы бойынша іздеу").fill(name.substring(0, 12));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Көрсету")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.getByText("Бұл қызметте жасанды интеллект қолданылады")).isVisible();
        assertThat(page.getByText("Тәуекел сыныбы: Ең төмен")).isVisible();
    }

    private static void answer(Page page, String question, Object value) {
        String name = "q." + question;
        switch (value) {
            case Boolean b -> page.locator("input[name='" + name + "'][value='" + (b ? "yes" : "no") + "']").check();
            case List<?> items -> items.forEach(i -> page.locator("input[name='" + name + "'][value='" + i + "']").check());
            case String s when page.locator("input[type=radio][name='" + name + "']").count() > 0 ->
                    page.locator("input[name='" + name + "'][value='" + s + "']").check();
            default -> {
                Locator field = page.locator("input[name='" + name + "']");
                field.fill(String.valueOf(value));
                field.dispatchEvent("change");
            }
        }
        page.waitForFunction("() => !document.querySelector('.htmx-request')");
    }
}
