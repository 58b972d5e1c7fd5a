package org.budayang.central.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.Satisfaction;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The console in a real headless Chromium: each role logs in through the form and sees and does only what it may,
 * a tampered CSRF token is refused, an idle session times out (on the test's clock), logout ends the session, the
 * audit page lists what happened, and a screenshot of every page lands in target/screenshots/console/.
 */
class ConsoleBrowserTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    private static ConsoleServer central;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        central = ConsoleServer.start(TestDatabases.Kind.H2);
        central.addUser("viewer.wang", Role.VIEWER, PASSWORD);
        central.addUser("operator.zhao", Role.OPERATOR, PASSWORD);
        central.addUser("admin.li", Role.ADMIN, PASSWORD);
        FleetSample.populate(central);
        EvaluationRequest xss = new EvaluationRequest("eval-xss-0001", FleetSample.ITEM, "BJ-XSS-1",
                EvaluationRequest.ServiceOutcome.FAILED, Satisfaction.VERY_DISSATISFIED, List.of("其他"), XSS,
                central.clock.instant());
        central.evaluations.receive(FleetSample.QILIHE, xss);
        central.fleet.events().evaluationReceived(FleetSample.QILIHE, xss);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (central != null) {
            central.close();
        }
    }

    @BeforeEach
    void freshBrowserSession() {
        browser.get(central.url("/console/login"));
        browser.manage().deleteAllCookies();
    }

    private void logIn(String user) {
        browser.get(central.url("/console/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        Browser.waitUntil(browser, b -> !b.getCurrentUrl().endsWith("/console/login"), "the login to be answered");
        assertEquals(central.url("/console/fleet"), browser.getCurrentUrl(), () -> "logged in as " + user + ": "
                + browser.findElement(By.tagName("main")).getText());
    }

    private String open(String path) {
        browser.get(central.url(path));
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void anAdminSeesEveryPageAndEachIsPhotographed() throws Exception {
        browser.get(central.url("/console/login"));
        Path login = Browser.screenshot(browser, "01-login");
        logIn("admin.li");
        String[][] pages = {{"/console/fleet", "02-fleet", "设备总览"}, {"/console/kiosks", "03-kiosks", "终端列表"},
                {"/console/kiosks?status=paper_out", "04-kiosks-paper-out", "缺纸"},
                {"/console/kiosks/" + FleetSample.DEGRADED, "05-kiosk-detail", "设备状态"},
                {"/console/alerts", "06-alerts", "告警队列"}, {"/console/help", "07-help", "呼叫帮办"},
                {"/console/evaluations", "08-evaluations", "差评跟进"}, {"/console/enrolment-codes", "09-enrolment-codes",
                "注册码"}, {"/console/users", "10-users", "新增用户"}, {"/console/audit", "11-audit", "审计日志"}};
        for (String[] page : pages) {
            String text = open(page[0]);
            assertTrue(text.contains(page[2]), page[0] + ": " + text);
            if (page[1].equals("05-kiosk-detail")) {
                assertEquals("未通过", browser.findElement(By.id("selftest-verdict")).getText(), "the newest self-test");
                String failed = browser.findElement(By.xpath("//table[@id='selftest']//tr[2]")).getText();
                assertTrue(failed.startsWith("idCardReader idcard-sam") && failed.contains("NO_ANSWER")
                        && failed.contains(FleetSample.SELFTEST_ADVICE), "the failed role's code and advice: " + failed);
                browser.executeScript("document.getElementById('selftest-summary').scrollIntoView()");
                Browser.screenshot(browser, "05b-kiosk-selftest");
                browser.executeScript("window.scrollTo(0, 0)");
            }
            Path shot = Browser.screenshot(browser, page[1]);
            assertTrue(Files.size(shot) > 10_000, shot + " has a rendered page");
        }
        assertTrue(Files.size(login) > 5_000);
        List<String> menu = browser.findElements(By.cssSelector("nav a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("设备总览", "终端列表", "告警队列", "呼叫帮办", "好差评", "注册码", "用户管理", "审计日志"), menu);
    }

    @Test
    void aViewerReadsButCannotAct() {
        logIn("viewer.wang");
        List<String> menu = browser.findElements(By.cssSelector("nav a")).stream().map(WebElement::getText).toList();
        assertFalse(menu.contains("用户管理") || menu.contains("审计日志"), menu.toString());
        open("/console/alerts");
        assertTrue(browser.findElements(By.xpath("//button[text()='确认']")).isEmpty(), "no acknowledge buttons");
        String refused = open("/console/users");
        assertTrue(refused.contains("无权执行此操作") && refused.contains("ROLE_FORBIDDEN"), refused);
        Browser.screenshot(browser, "12-viewer-refused");
    }

    @Test
    void anOperatorAcknowledgesAnAlertAndATamperedTokenIsRefused() {
        logIn("operator.zhao");
        open("/console/alerts");
        WebElement row = browser.findElement(By.xpath("//table[@id='alerts']//tr[td[3][text()='终端失联']]"));
        row.findElement(By.xpath(".//button[text()='确认']")).click();
        Browser.waitUntil(browser, b -> b.getCurrentUrl().contains("done="), "the acknowledgement");
        assertEquals("告警已确认。", browser.findElement(By.id("message")).getText());
        Browser.screenshot(browser, "13-operator-acknowledged");
        WebElement form = browser.findElement(By.xpath("//table[@id='alerts']//form[contains(@action,'/resolve')]"));
        browser.executeScript("arguments[0].querySelector('input[name=_csrf]').value = 'forged'", form);
        form.findElement(By.tagName("button")).click();
        Browser.waitUntil(browser, b -> b.getCurrentUrl().endsWith("/resolve"), "the refusal page");
        String text = browser.findElement(By.tagName("main")).getText();
        assertTrue(text.contains("请求校验失败") && text.contains("CSRF_REFUSED"), text);
        Browser.screenshot(browser, "14-csrf-refused");
    }

    @Test
    void anIdleSessionTimesOutAndLogoutEndsIt() {
        logIn("viewer.wang");
        central.clock.advance(Duration.ofMinutes(16));
        browser.navigate().refresh();
        assertTrue(browser.getCurrentUrl().endsWith("/console/login?reason=expired"), browser.getCurrentUrl());
        assertEquals("登录已超时，请重新登录。", browser.findElement(By.id("message")).getText());
        Browser.screenshot(browser, "15-session-expired");
        logIn("viewer.wang");
        browser.findElement(By.xpath("//header//button[text()='退出']")).click();
        Browser.waitUntil(browser, b -> b.getCurrentUrl().endsWith("reason=logout"), "the logout");
        assertEquals("您已安全退出。", browser.findElement(By.id("message")).getText());
        browser.get(central.url("/console/fleet"));
        assertTrue(browser.getCurrentUrl().endsWith("/console/login"), "logged out: " + browser.getCurrentUrl());
    }

    @Test
    void markupInDataIsShownAsTextAndNeverRuns() {
        logIn("viewer.wang");
        open("/console/evaluations");
        List<String> comments = browser.findElements(By.xpath("//table[@id='followup']//tr/td[6]")).stream()
                .map(WebElement::getText).toList();
        assertTrue(comments.contains(XSS), "the payload is text on the page: " + comments);
        assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty(), "no element was made");
        assertThrows(org.openqa.selenium.NoAlertPresentException.class, () -> browser.switchTo().alert());
    }

    @Test
    void theAuditPageListsWhatHappened() {
        logIn("viewer.wang");
        open("/console/users");
        browser.manage().deleteAllCookies();
        logIn("admin.li");
        open("/console/audit");
        String audit = browser.findElement(By.id("audit")).getText();
        assertTrue(audit.contains("viewer.wang FORBIDDEN GET /console/users REFUSED 127.0.0.1"), audit);
        assertTrue(audit.contains("admin.li LOGIN admin.li OK"), audit);
    }

    @Test
    void anAdminCreatesAnEnrolmentCodeThatIsShownOnce() throws Exception {
        logIn("admin.li");
        open("/console/enrolment-codes");
        WebElement form = browser.findElement(By.id("new-code-form"));
        form.findElement(By.name("regionCode")).sendKeys("620102004000");
        form.findElement(By.name("address")).sendKeys("城关区酒泉路邮政支局");
        form.findElement(By.name("hostOrganisation")).sendKeys("中国邮政酒泉路支局");
        form.findElement(By.name("contact")).sendKeys("值班员 0931-7777777");
        form.findElement(By.tagName("button")).click();
        Browser.waitUntil(browser, b -> !b.findElements(By.id("code")).isEmpty(), "the new code");
        String code = browser.findElement(By.id("code")).getText();
        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
        Path shot = Browser.screenshot(browser, "16-enrolment-code-created");
        assertTrue(Files.size(shot) > 10_000);
        String list = open("/console/enrolment-codes");
        assertTrue(list.contains("…" + code.substring(15)) && !list.contains(code), "the hint only, afterwards");
    }

    @Test
    void anOperatorTakesAKioskOutOfServiceFromItsPage() throws Exception {
        logIn("operator.zhao");
        open("/console/kiosks/" + FleetSample.LINXIA);
        WebElement form = browser.findElement(By.id("send-command"));
        form.findElement(By.id("command-message")).sendKeys("设备维护中，请到3号窗口办理");
        form.findElement(By.tagName("button")).click();
        Browser.waitUntil(browser, b -> b.getCurrentUrl().contains("done=commanded"), "the command");
        assertEquals("指令已排队，终端下次轮询时执行；结果见下方远程指令。", browser.findElement(By.id("message")).getText());
        String row = browser.findElement(By.xpath("//table[@id='commands']//tr[2]")).getText();
        assertTrue(row.startsWith("OUT_OF_SERVICE QUEUED operator.zhao"), row);
        Path shot = Browser.screenshot(browser, "17-command-queued");
        assertTrue(Files.size(shot) > 10_000);
    }
}
