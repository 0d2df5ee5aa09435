package kz.senim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kz.senim.support.Browser;
import kz.senim.support.Fixtures;
import kz.senim.support.SenimIntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person finds the decision about them, signed in or by the reference on the notice, with the verified mark. */
@SenimIntegrationTest
@ExtendWith(Browser.class)
class CitizenDecisionsBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void theDemoCitizenSeesTheirDecisionVerified(Page page) {
        page.navigate("http://localhost:" + port + "/login?lang=kk");
        page.getByLabel("Пайдаланушы аты").fill("citizen");
        page.getByLabel("Құпиясөз").fill(Fixtures.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Кіру")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Менің шешімдерім")).click();
        assertThat(page.getByText("not eligible for the targeted social assistance").isVisible()).isTrue();
        for (int i = 0; i < 50 && page.getByText("✓ қол қойылған бақылау нүктесінде").count() == 0; i++) {
            page.waitForTimeout(200);
            page.reload();
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByText("✓ қол қойылған бақылау нүктесінде")).isVisible();
    }

    @Test
    void aWrongReferenceOrIinGivesTheSameAnswerAsNoDecision(Page page) {
        page.navigate("http://localhost:" + port + "/decisions/find?lang=en");
        page.getByLabel("Reference on the notice").fill("DFC-2026-000123");
        page.getByLabel("Your IIN").fill("920303600147");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        String wrongIin = page.getByRole(AriaRole.ALERT).textContent();
        page.getByLabel("Reference on the notice").fill("NO-SUCH-REF");
        page.getByLabel("Your IIN").fill("900101300255");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).isEqualTo(wrongIin).contains("No decision matches");

        page.getByLabel("Reference on the notice").fill("dfc-2026-000123");
        page.getByLabel("Your IIN").fill("900101300255");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        assertThat(page.getByText("not eligible for the targeted social assistance").isVisible()).isTrue();
        assertThat(page.getByText("income: 125000").isVisible()).isTrue();
    }
}
