package kz.senim.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Headless Debian Chromium driven by Playwright, one fresh context per test; a failed test leaves a
 * screenshot in target/screenshots. Playwright never downloads a browser here.
 */
public class Browser implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Path chromium = Path.of(System.getenv().getOrDefault("SENIM_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Browser tests need Chromium at " + chromium
                    + " (apt-get install chromium, or set SENIM_CHROMIUM)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                        "--no-first-run", "--disable-component-update", "--disable-sync")));
        BrowserContext ctx = browser.newContext(new NewContextOptions().setLocale("en-US"));
        context.getStore(NS).put("playwright", playwright);
        context.getStore(NS).put("page", ctx.newPage());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        // Removed from the store so that JUnit does not close them a second time.
        Page page = context.getStore(NS).remove("page", Page.class);
        if (context.getExecutionException().isPresent() && page != null) {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(dir.resolve(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png")));
        }
        Playwright playwright = context.getStore(NS).remove("playwright", Playwright.class);
        if (playwright != null) {
            playwright.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).get("page", Page.class);
    }
}
