package kz.senim.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import kz.senim.support.Browser;
import kz.senim.support.Fixtures;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator works in Russian: a wrong entry gets a Russian message, a right one is saved. */
@SenimIntegrationTest
@ExtendWith(Browser.class)
class AdminBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void adminCreatesAnOrganizationAndIsToldWhatIsWrongFirst(Page page) {
        page.navigate("http://localhost:" + port + "/login?lang=ru");
        page.getByLabel("Имя пользователя").fill("admin");
        page.getByLabel("Пароль").fill(Fixtures.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Администрирование")).click();

        String name = "Астана Аналитика " + UUID.randomUUID().toString().substring(0, 8);
        var form = page.locator("form").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.locator("#org-name")));
        page.locator("#org-name").fill(name);
        page.locator("#org-kind").selectOption("COMPANY");
        // Bypass the browser's own pattern check to reach the server's validation.
        page.locator("#org-bin").evaluate("e => e.removeAttribute('pattern')");
        page.locator("#org-bin").fill("12345");
        form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Создать")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Проверьте форму");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name))).hasCount(0);

        page.locator("#org-name").fill(name);
        page.locator("#org-kind").selectOption("COMPANY");
        page.locator("#org-bin").fill("");
        form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Создать")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Сохранено.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name))).isVisible();
    }

    @Test
    void aBrokenRulePackIsRefusedInTheAdminsLanguageAndNothingIsStored(Page page) throws Exception {
        String yaml = new String(kz.senim.rules.RulePacks.class.getResourceAsStream(kz.senim.rules.RulePacks.BUNDLED).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String broken = yaml.replaceFirst("version: \"?2026\\.1\"?", "version: \"2026.7\"")
                .replaceFirst("question: p_interacts", "question: p_ghost");
        page.navigate("http://localhost:" + port + "/login?lang=ru");
        page.getByLabel("Имя пользователя").fill("admin");
        page.getByLabel("Пароль").fill(Fixtures.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Пакеты правил")).click();
        page.getByLabel("Пакет правил (YAML)").fill(broken);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Проверить и сохранить")).click();
        assertThat(page.getByText("Ссылка на неизвестный вопрос: p_ghost").first()).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("kz-ai-law-230-viii 2026.7"))).hasCount(0);
    }

    @Test
    void anOperatorIsRefusedTheAdministrationPage(Page page) {
        page.navigate("http://localhost:" + port + "/login?lang=en");
        page.getByLabel("Username").fill("operator");
        page.getByLabel("Password").fill(Fixtures.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration"))).hasCount(0);
        var response = page.navigate("http://localhost:" + port + "/admin");
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(page.getByText("You do not have access to this page.")).isVisible();
    }
}
