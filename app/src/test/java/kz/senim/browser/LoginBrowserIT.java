package kz.senim.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.senim.support.Browser;
import kz.senim.support.Fixtures;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo operator signs in, switches to Kazakh, sees the Kazakh navigation and signs out. */
@SenimIntegrationTest
@ExtendWith(Browser.class)
class LoginBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void operatorLogsInSwitchesToKazakhAndLogsOut(Page page) {
        page.navigate("http://localhost:" + port + "/login?lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in to Senim"))).isVisible();

        page.getByLabel("Username").fill("operator");
        page.getByLabel("Password").fill(Fixtures.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByText("Signed in as Dana Operator")).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("My account"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Қазақша")).click();
        var nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Негізгі мәзір"));
        assertThat(nav.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Басты бет"))).isVisible();
        assertThat(nav.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Менің профилім"))).isVisible();
        assertThat(nav.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Менің ұйымым"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "kk");

        // The choice is remembered: a new page load without ?lang stays in Kazakh.
        page.navigate("http://localhost:" + port + "/account");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Менің профилім"))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Шығу")).click();
        assertThat(page.getByText("Сіз жүйеден шықтыңыз.")).isVisible();
        page.navigate("http://localhost:" + port + "/account");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }

    @Test
    void operatorCreatesAnApiTokenWithoutReloadingThePage(Page page) {
        page.navigate("http://localhost:" + port + "/login?lang=en");
        page.getByLabel("Username").fill("operator");
        page.getByLabel("Password").fill(Fixtures.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.navigate("http://localhost:" + port + "/account");
        page.getByLabel("Token name").fill("laptop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
        assertThat(page.locator("code.token")).containsText("snm_");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("laptop"))).isVisible();
    }
}
