package kz.senim.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import kz.senim.cli.ReceiptVerifier;
import kz.senim.cli.SenimCli;
import kz.senim.rights.RightsFixtures;
import kz.senim.support.Browser;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole path in Kazakh: an operator logs a decision; the person finds it, reads the explanation and the
 * counterfactual and appeals; a reviewer who took no part decides after an independent assessment; the person
 * sees the outcome and downloads a receipt that the command line verifies.
 */
@SenimIntegrationTest
@ExtendWith(Browser.class)
class RightsBrowserIT {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void aPersonAppealsToAHumanAndVerifiesTheOutcome(Page page) throws Exception {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        Http admin = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD));
        UUID organization = fixtures.organization("STATE_BODY");
        String operatorUser = fixtures.account(organization, "OPERATOR");
        String reviewerUser = fixtures.account(organization, "REVIEWER");
        Http operator = http.bearer(http.login(operatorUser, Fixtures.PASSWORD)).lang("en");
        Http regulator = http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD));
        String systemName = "Welfare " + UUID.randomUUID();
        UUID system = RightsFixtures.registered(operator, regulator, systemName, RightsFixtures.highRiskAnswers());
        operator.postBytes("/api/v1/rights/systems/" + system + "/models?version=" + RightsFixtures.MODEL_VERSION,
                RightsFixtures.welfareModel().getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json");
        String iin = RightsFixtures.randomIin();
        String citizenUser = RightsFixtures.citizen(admin, iin);
        long index = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Test " + operatorUser, Instant.now().toString()));
        operator.post("/api/v1/rights/signoffs/" + index, Map.of("action", "APPROVE", "note", "checked"));

        login(page, citizenUser);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Менің шешімдерім")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Толығырақ және өтініштер: " + systemName)).click();
        assertThat(page.locator(".counterfactual")).hasText(
                "Егер «Жан басына шаққандағы айлық табыс» көрсеткіші 120\u00A0000 теңге мәнінен төмен болғанда, нәтиже «Құқығы бар» болар еді.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Мүгедектік тобы")))
                .containsText("(өзгерту мүмкін емес)");
        assertThat(page.getByText("Бекіткен: Test " + operatorUser + ".")).isVisible();

        page.getByLabel("Өтініш", new Page.GetByLabelOptions().setExact(true)).selectOption("APPEAL");
        page.getByLabel("Сіздің мәтініңіз (шағым үшін міндетті: шешім неге дұрыс емес)")
                .fill("Қазан айында табысым 110 000 теңгеге дейін төмендеді.");
        Path statement = dir.resolve("statement.txt");
        Files.writeString(statement, "bank statement");
        page.locator("#req-files").setInputFiles(statement);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Жіберу")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("өтінішіңіз тіркелді");
        String reference = page.getByRole(AriaRole.STATUS).textContent().replaceAll(".*(RQ-[A-Z0-9]+).*", "$1").strip();

        page.context().clearCookies();
        login(page, reviewerUser);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Құқықтар қабылдауы")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        assertThat(page.getByText("Қазан айында табысым 110 000 теңгеге дейін төмендеді.")).isVisible();
        assertThat(page.getByText("income: 125000")).isVisible();
        assertThat(page.locator(".ai-outcome")).hasCount(0);
        assertThat(page.getByText("not eligible")).hasCount(0);
        page.getByLabel("Баға", new Page.GetByLabelOptions().setExact(true)).fill("Үзінді бойынша табыс 120 000 теңгеден төмен: құқығы бар.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Бағаны жазып, ЖИ нәтижесін көрсету")).click();
        assertThat(page.locator(".ai-outcome")).hasText("not eligible");
        page.getByLabel("Күшін жойды: шешім жойылды").check();
        page.getByLabel("Негіздемесі (адамға жіберіледі)").fill("Банк үзіндісі табыстың шектен төмен екенін көрсетеді.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Шешу")).click();
        assertThat(page.locator(".verdict")).hasText("Күшін жойды: шешім жойылды");

        page.context().clearCookies();
        login(page, citizenUser);
        page.navigate("http://localhost:" + port + "/my-decisions/" + index);
        assertThat(page.locator(".case .verdict")).hasText("Күшін жойды: шешім жойылды");
        assertThat(page.getByText("Банк үзіндісі табыстың шектен төмен екенін көрсетеді.")).isVisible();
        Locator receiptLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Шағым нәтижесінің түбіртегі"));
        for (int i = 0; i < 50 && receiptLink.count() == 0; i++) {
            page.waitForTimeout(200);
            page.reload();
        }
        Download download = page.waitForDownload(receiptLink::click);
        Path receipt = dir.resolve("receipt.json");
        download.saveAs(receipt);
        Path key = dir.resolve("ledger.key");
        Files.writeString(key, http.get("/ledger/key").body().trim());
        org.assertj.core.api.Assertions.assertThat(SenimCli.run("ledger", "verify-receipt", receipt.toString(), "--key", "@" + key)).isZero();
        var parsed = Http.JSON.readTree(Files.readString(receipt));
        org.assertj.core.api.Assertions.assertThat(parsed.path("record").path("decisionIndex").asLong()).isEqualTo(index);
        org.assertj.core.api.Assertions.assertThat(parsed.path("record").path("outcome").asString()).isEqualTo("OVERTURNED");
        org.assertj.core.api.Assertions.assertThat(ReceiptVerifier.verify(parsed, Files.readString(key)).ok()).isTrue();
    }

    @Test
    void anAttachmentOverTheLimitKeepsTheTextAndASecondAppealIsRefusedWithTheFirstReference(Page page) throws Exception {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        Http admin = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD));
        UUID organization = fixtures.organization("STATE_BODY");
        Http operator = http.bearer(http.login(fixtures.account(organization, "OPERATOR"), Fixtures.PASSWORD));
        UUID system = RightsFixtures.registered(operator, http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD)),
                "Welfare " + UUID.randomUUID(), RightsFixtures.highRiskAnswers());
        String iin = RightsFixtures.randomIin();
        String citizenUser = RightsFixtures.citizen(admin, iin);
        long index = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Officer 2", Instant.now().toString()));

        login(page, citizenUser);
        page.navigate("http://localhost:" + port + "/my-decisions/" + index + "?lang=ru");
        assertThat(page.getByText("Предварительное решение")).isVisible();
        Path big = dir.resolve("scan.pdf");
        Files.write(big, new byte[2 * 1024 * 1024 + 10]);
        page.getByLabel("Ваш текст (для жалобы обязателен: почему решение неверно)").fill("Доход указан неверно.");
        page.locator("#req-files").setInputFiles(big);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Файл «scan.pdf» больше");
        assertThat(page.getByLabel("Ваш текст (для жалобы обязателен: почему решение неверно)")).hasValue("Доход указан неверно.");
        assertThat(page.getByText("По этому решению обращений нет.")).isVisible();

        page.locator("#req-files").setInputFiles(new Path[0]);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить")).click();
        String reference = page.getByRole(AriaRole.STATUS).textContent().replaceAll(".*(RQ-[A-Z0-9]+).*", "$1").strip();
        page.getByLabel("Ваш текст (для жалобы обязателен: почему решение неверно)").fill("Ещё раз.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("уже есть открытое обращение этого вида по этому решению: " + reference);
    }

    @Test
    void anOperatorSignsOffInTheQueueAndSeesEveryProblemOfAWrongModelFile(Page page) {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        UUID organization = fixtures.organization("STATE_BODY");
        String user = fixtures.account(organization, "OPERATOR");
        Http operator = http.bearer(http.login(user, Fixtures.PASSWORD));
        UUID system = RightsFixtures.registered(operator, http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD)),
                "Welfare " + UUID.randomUUID(), RightsFixtures.highRiskAnswers());
        long index = RightsFixtures.log(operator, RightsFixtures.decision(system, RightsFixtures.randomIin(), "Officer 2",
                Instant.now().toString()));

        login(page, user);
        page.navigate("http://localhost:" + port + "/rights/signoffs?lang=en");
        Locator item = page.locator("article.signoff").filter(new Locator.FilterOptions().setHasText("Decision " + index + " "));
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Put into effect")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("provisional until a named person signs it off");
        page.locator("article.signoff").filter(new Locator.FilterOptions().setHasText("Decision " + index + " "))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign off")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Decision " + index + " is signed off");
        page.getByText("signed off by Test " + user).locator("..").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Put into effect")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Decision " + index + " is in effect");

        page.navigate("http://localhost:" + port + "/rights/systems/" + system + "?lang=en");
        assertThat(page.getByText("Each decision of this system needs a human sign-off")).isVisible();
        page.getByLabel("Model version (as in modelVersion)").fill("v-bad");
        page.getByLabel("Or paste the JSON").fill(RightsFixtures.welfareModel().replace("\"threshold\": 50", "\"treshold\": 50")
                .replace("\"immutable\": true,", ""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the model")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was stored");
        org.assertj.core.api.Assertions.assertThat(page.locator("ul.errors li").allTextContents())
                .anyMatch(t -> t.contains("treshold")).anyMatch(t -> t.contains("immutable")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.getByText("No model registered.")).isVisible();
    }

    @Test
    void aCitizenRefusesAnOperatorAnsweredAndTheRegulatorSeesTheFigures(Page page) {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        Http admin = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD));
        UUID organization = fixtures.organization("STATE_BODY");
        String user = fixtures.account(organization, "OPERATOR");
        Http operator = http.bearer(http.login(user, Fixtures.PASSWORD));
        String name = "Welfare " + UUID.randomUUID();
        UUID system = RightsFixtures.registered(operator, http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD)), name,
                RightsFixtures.highRiskAnswers());
        String iin = RightsFixtures.randomIin();
        String citizenUser = RightsFixtures.citizen(admin, iin);

        login(page, citizenUser);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ЖИ-ден бас тартуларым")).click();
        page.getByLabel("Жүйе", new Page.GetByLabelOptions().setExact(true)).selectOption(system.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Бас тарту")).click();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name))).containsText("Қайтарып алу");
        long index = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Officer 2", Instant.now().toString()));
        page.navigate("http://localhost:" + port + "/my-decisions/" + index);
        assertThat(page.getByText("Бұл шешім тіркелгенге дейін сіз осы жүйенің ЖИ өңдеуінен бас тартқансыз.")).isVisible();

        page.context().clearCookies();
        login(page, user);
        page.navigate("http://localhost:" + port + "/rights?lang=en");
        assertThat(page.getByText("Decision " + index)).isVisible();
        page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Refusal of AI processing")).getByRole(AriaRole.LINK).click();
        page.getByLabel("Answer to the person").fill("Your case will be handled by a person.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer")).click();
        assertThat(page.getByText("Answer: Your case will be handled by a person.")).isVisible();

        page.context().clearCookies();
        login(page, "regulator");
        page.navigate("http://localhost:" + port + "/rights/overview?lang=en");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name))).isVisible();
        assertThat(page.getByText("Decision " + index + " — " + name)).isVisible();
        page.navigate("http://localhost:" + port + "/public/register/" + system + "?lang=en");
        assertThat(page.getByText("Median time to resolve a request")).isVisible();
    }

    private void login(Page page, String username) {
        page.navigate("http://localhost:" + port + "/login?lang=kk");
        page.getByLabel("Пайдаланушы аты").fill(username);
        page.getByLabel("Құпиясөз").fill(username.equals("regulator") ? Fixtures.DEMO_PASSWORD : Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Кіру")).click();
    }
}
