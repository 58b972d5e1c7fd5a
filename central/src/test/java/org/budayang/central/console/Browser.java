package org.budayang.central.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven headless through Debian's chromium-driver (no Selenium Manager, no download). When
 * either is missing the browser tests are skipped with the apt command that installs them, and fail under
 * {@code CI=true}, where {@code .ci/run} installs them.
 */
final class Browser {
    static final Path SCREENSHOTS = Path.of("target", "screenshots", "console");
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Browser() {
    }

    /** A headless Chromium, or the test is skipped (failed under CI) naming the packages to install. */
    static ChromeDriver start() {
        Optional<String> browser = BROWSERS.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        Optional<String> driver = DRIVERS.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        if (browser.isEmpty() || driver.isEmpty()) {
            String message = "The ops console's browser tests need Debian's chromium and chromium-driver ("
                    + (browser.isEmpty() ? "no chromium in " + BROWSERS : "") + (driver.isEmpty() ? " no chromedriver in "
                    + DRIVERS : "") + "); install them with: apt-get install chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " (CI=true: .ci/run installs them, so their absence is an error)");
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1360,1000", "--lang=zh-CN", "--force-device-scale-factor=1", "--no-first-run",
                "--disable-extensions", "--disable-background-networking");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.get()))
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /**
     * Waits (polling, at most 10 s) until {@code condition} holds: a click that submits a form returns before the
     * browser has followed the answer's redirect.
     */
    static void waitUntil(ChromeDriver driver, java.util.function.Predicate<ChromeDriver> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.test(driver)) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException stillLoading) {
                // the page is being replaced; ask again
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Assertions.fail("Waited 10 s for " + what + "; the browser is at " + driver.getCurrentUrl());
    }

    /** Writes a PNG of the visible page to target/screenshots/console/NAME.png. */
    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the screenshot " + name, e);
        }
    }
}
