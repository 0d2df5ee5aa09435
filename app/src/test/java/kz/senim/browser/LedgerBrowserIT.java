package kz.senim.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipFile;
import kz.senim.cli.ReceiptVerifier;
import kz.senim.ledger.LedgerIntegrationTest;
import kz.senim.ledger.internal.LedgerTestSystems;
import kz.senim.support.Browser;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** An operator finds a logged decision in Kazakh, marked verified, and downloads a court bundle that checks out. */
@SenimIntegrationTest
@Import(LedgerTestSystems.class)
@ExtendWith(Browser.class)
class LedgerBrowserIT {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void operatorDownloadsACourtBundleThatVerifies(Page page) throws Exception {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        UUID organization = fixtures.organization("STATE_BODY");
        UUID system = UUID.randomUUID();
        LedgerTestSystems.OPERATORS.put(system, organization);
        String user = fixtures.account(organization, "OPERATOR");
        long index = http.bearer(http.login(user, Fixtures.PASSWORD))
                .post("/api/v1/ledger/decisions", LedgerIntegrationTest.decision(system, "eligible")).json().path("index").asLong();

        page.navigate("http://localhost:" + port + "/login?lang=kk");
        page.getByLabel("Пайдаланушы аты").fill(user);
        page.getByLabel("Құпиясөз").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Кіру")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Шешімдер журналы")).click();
        var row = page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(system.toString()));
        for (int i = 0; i < 50 && row.getByText("✓ қол қойылған бақылау нүктесінде").count() == 0; i++) {
            Thread.sleep(200);
            page.reload();
        }
        assertThat(row.getByText("✓ қол қойылған бақылау нүктесінде")).isVisible();

        Download download = page.waitForDownload(() -> row.getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Сотқа арналған жинақ")).click());
        Path zip = dir.resolve("bundle.zip");
        download.saveAs(zip);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            String receipt = new String(z.getInputStream(z.getEntry("receipt.json")).readAllBytes());
            String readme = new String(z.getInputStream(z.getEntry("README-kk.txt")).readAllBytes());
            org.assertj.core.api.Assertions.assertThat(readme).contains("senim ledger verify-receipt");
            org.assertj.core.api.Assertions.assertThat(z.getEntry("README-ru.txt")).isNotNull();
            org.assertj.core.api.Assertions.assertThat(z.getEntry("README-en.txt")).isNotNull();
            var result = ReceiptVerifier.verify(Http.JSON.readTree(receipt), http.get("/ledger/key").body().trim());
            org.assertj.core.api.Assertions.assertThat(result.ok()).as(result.reason()).isTrue();
            org.assertj.core.api.Assertions.assertThat(Http.JSON.readTree(receipt).path("index").asLong()).isEqualTo(index);
        }
        Files.deleteIfExists(zip);
    }
}
