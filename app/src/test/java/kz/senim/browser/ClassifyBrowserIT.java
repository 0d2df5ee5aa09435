package kz.senim.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import kz.senim.classification.ClassificationIntegrationTest;
import kz.senim.support.Browser;
import kz.senim.support.Fixtures;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator answers the questionnaire in Kazakh: questions that do not apply never appear, the result
 * shows the class, the Art. 21 notice and the score, and the what-if panel shows the class moving.
 */
@SenimIntegrationTest
@ExtendWith(Browser.class)
class ClassifyBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void operatorClassifiesAChatbotInKazakh(Page page) {
        page.navigate("http://localhost:" + port + "/login?lang=kk");
        page.getByLabel("Пайдаланушы аты").fill("operator");
        page.getByLabel("Құпиясөз").fill(Fixtures.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Кіру")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Жүйені сыныптау")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ЖИ жүйесін сыныптау"))).isVisible();

        // Decision areas only apply to systems that decide about people: not shown for a chatbot.
        Map<String, Object> answers = ClassificationIntegrationTest.chatbot();
        for (var a : answers.entrySet()) {
            answer(page, a.getKey(), a.getValue());
        }
        assertThat(page.locator("#q-p_decision_areas")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сыныптау")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Сыныптау нәтижесі"))).isVisible();
        assertThat(page.locator(".verdict .class").first()).hasText("Ең төмен");
        assertThat(page.getByText("21-бабы").first()).isVisible();
        assertThat(page.locator("table caption")).hasText("Әр жауаптың үлесі (ұпай / ең көбі)");

        page.locator("#whatif-question").selectOption("i_disruption");
        page.locator("#whatif-value").fill("emergency");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Нәтижені көрсету")).click();
        assertThat(page.getByText("Бұл жауаппен сыныптау өзгереді:")).isVisible();
    }

    private static void answer(Page page, String question, Object value) {
        String name = "q." + question;
        switch (value) {
            case Boolean b -> page.locator("input[name='" + name + "'][value='" + (b ? "yes" : "no") + "']").check();
            case List<?> items -> items.forEach(i -> page.locator("input[name='" + name + "'][value='" + i + "']").check());
            case String s when page.locator("input[type=radio][name='" + name + "']").count() > 0 ->
                    page.locator("input[name='" + name + "'][value='" + s + "']").check();
            default -> {
                page.locator("input[name='" + name + "']").fill(String.valueOf(value));
                page.locator("input[name='" + name + "']").dispatchEvent("change");
            }
        }
        // Each change re-renders the form with the questions that now apply.
        page.waitForFunction("() => !document.querySelector('.htmx-request')");
    }
}
