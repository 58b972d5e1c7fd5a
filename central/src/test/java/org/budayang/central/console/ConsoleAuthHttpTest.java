package org.budayang.central.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.budayang.central.console.audit.AuditEntry;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login, lock, slowdown, sessions and their timeouts, CSRF and logout over real HTTP. */
class ConsoleAuthHttpTest {
    private static final String PASSWORD = "correct horse battery";
    private ConsoleServer central;

    @BeforeEach
    void start() {
        central = ConsoleServer.start(TestDatabases.Kind.H2);
        central.addUser("admin.li", Role.ADMIN, PASSWORD);
        central.addUser("viewer.wang", Role.VIEWER, PASSWORD);
    }

    @AfterEach
    void stop() {
        central.close();
    }

    private ConsoleHttp user() {
        return new ConsoleHttp(central.server.url());
    }

    @Test
    void loginSetsAStrictHttpOnlySessionCookieAndOpensTheFleetPage() {
        ConsoleHttp browser = user();
        HttpResponse<String> login = browser.login("admin.li", PASSWORD);
        assertEquals(303, login.statusCode(), login.body());
        assertEquals("/console/fleet", login.headers().firstValue("Location").orElseThrow());
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("budayang_ops=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict")
                && setCookie.contains("Path=/console"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP in the test: no Secure flag: " + setCookie);
        String value = setCookie.substring("budayang_ops=".length(), setCookie.indexOf(';'));
        assertEquals(43, value.length(), "256 bits in base64url");
        assertEquals(0, central.sql().count("SELECT COUNT(*) FROM ops_session WHERE session_hash = ?", value),
                "only a hash of the session id is stored");
        HttpResponse<String> fleet = browser.get("/console/fleet");
        assertEquals(200, fleet.statusCode());
        assertTrue(fleet.body().contains("设备总览") && fleet.body().contains("测试管理员"), fleet.body());
        assertTrue(fleet.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'"));
        assertEquals(AuditEntry.Outcome.OK, newest("LOGIN").outcome());
    }

    @Test
    void withoutASessionPagesRedirectToLoginAndPostsAreRefused() {
        ConsoleHttp anonymous = user();
        HttpResponse<String> page = anonymous.get("/console/kiosks");
        assertEquals(303, page.statusCode());
        assertEquals("/console/login", page.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> post = anonymous.post("/console/alerts/a1/acknowledge", Map.of("_csrf", "x".repeat(43)));
        assertEquals(401, post.statusCode());
        assertTrue(post.body().contains("SESSION_REQUIRED") && post.body().contains("请先登录"), post.body());
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        HttpResponse<String> refused = user().login("admin.li", "wrong password!!");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("用户名或密码错误"), refused.body());
        HttpResponse<String> unknown = user().login("nobody.here", "wrong password!!");
        assertEquals(401, unknown.statusCode());
        assertTrue(unknown.body().contains("用户名或密码错误"), "same answer for an unknown user");
        AuditEntry entry = newest("LOGIN");
        assertEquals(AuditEntry.Outcome.FAILED, entry.outcome());
        assertEquals("nobody.here", entry.target());
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        ConsoleSettings lenient = new ConsoleSettings(Duration.ofMinutes(15), Duration.ofHours(8), 5,
                Duration.ofMinutes(15), 100, Duration.ofSeconds(60));
        central.close();
        central = ConsoleServer.start(TestDatabases.Kind.H2, lenient);
        central.addUser("admin.li", Role.ADMIN, PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertEquals(401, user().login("admin.li", "wrong password " + i).statusCode());
        }
        HttpResponse<String> fifth = user().login("admin.li", "wrong password 5");
        assertEquals(403, fifth.statusCode());
        assertTrue(fifth.body().contains("已被临时锁定") && fifth.body().contains("15 分钟"), fifth.body());
        HttpResponse<String> correctButLocked = user().login("admin.li", PASSWORD);
        assertEquals(403, correctButLocked.statusCode(), "locked even with the right password");
        central.clock.advance(Duration.ofMinutes(15));
        assertEquals(303, user().login("admin.li", PASSWORD).statusCode());
    }

    @Test
    void anAddressThatKeepsFailingIsSlowedDownBeforeAnyHashing() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, user().login("nobody" + i, "wrong password").statusCode());
        }
        HttpResponse<String> slowed = user().login("admin.li", PASSWORD);
        assertEquals(429, slowed.statusCode());
        assertEquals("1", slowed.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(slowed.body().contains("秒后再试"), slowed.body());
        central.clock.advance(Duration.ofSeconds(1));
        assertEquals(401, user().login("nobody9", "wrong password").statusCode());
        HttpResponse<String> longer = user().login("admin.li", PASSWORD);
        assertEquals(429, longer.statusCode());
        assertEquals("2", longer.headers().firstValue("Retry-After").orElseThrow(), "the wait doubles");
        central.clock.advance(Duration.ofSeconds(2));
        assertEquals(303, user().login("admin.li", PASSWORD).statusCode());
    }

    @Test
    void anIdleSessionEndsAfterFifteenMinutes() {
        ConsoleHttp browser = user();
        browser.login("viewer.wang", PASSWORD);
        central.clock.advance(Duration.ofMinutes(14));
        assertEquals(200, browser.get("/console/fleet").statusCode(), "used within the idle timeout");
        central.clock.advance(Duration.ofMinutes(14));
        assertEquals(200, browser.get("/console/fleet").statusCode(), "each request restarts the idle clock");
        central.clock.advance(Duration.ofMinutes(15));
        HttpResponse<String> expired = browser.get("/console/fleet");
        assertEquals(303, expired.statusCode());
        assertEquals("/console/login?reason=expired", expired.headers().firstValue("Location").orElseThrow());
        assertEquals("IDLE_EXPIRED", newest("SESSION_EXPIRED").detail());
        assertEquals(0, central.sql().count("SELECT COUNT(*) FROM ops_session"), "the expired session is deleted");
    }

    @Test
    void aBusySessionStillEndsAtTheAbsoluteTimeout() {
        ConsoleHttp browser = user();
        browser.login("viewer.wang", PASSWORD);
        for (int i = 0; i < 47; i++) {
            central.clock.advance(Duration.ofMinutes(10));
            assertEquals(200, browser.get("/console/fleet").statusCode(), "at " + (i + 1) * 10 + " min");
        }
        central.clock.advance(Duration.ofMinutes(10));
        assertEquals(303, browser.get("/console/fleet").statusCode(), "8 h after login");
        assertEquals("ABSOLUTE_EXPIRED", newest("SESSION_EXPIRED").detail());
    }

    @Test
    void aPostWithoutOrWithAWrongCsrfTokenIsRefusedAndAudited() {
        ConsoleHttp browser = user();
        browser.login("admin.li", PASSWORD);
        browser.get("/console/users");
        HttpResponse<String> missing = browser.post("/console/users/viewer.wang/disable",
                java.util.Collections.singletonMap("_csrf", null));
        assertEquals(403, missing.statusCode());
        assertTrue(missing.body().contains("CSRF_REFUSED"), missing.body());
        HttpResponse<String> wrong = browser.post("/console/users/viewer.wang/disable", Map.of("_csrf",
                "A".repeat(43)));
        assertEquals(403, wrong.statusCode());
        assertTrue(central.console.services().users().find("viewer.wang").orElseThrow().enabled(), "nothing done");
        List<AuditEntry> refusals = central.console.services().audit().newest(10, "admin.li").stream()
                .filter(e -> e.action().equals("CSRF_REFUSED")).toList();
        assertEquals(List.of("token wrong", "token missing"), refusals.stream().map(AuditEntry::detail).toList());
        assertEquals(303, browser.post("/console/users/viewer.wang/disable").statusCode(), "with the token it works");
        assertFalse(central.console.services().users().find("viewer.wang").orElseThrow().enabled());
    }

    @Test
    void theLoginFormNeedsItsOwnToken() {
        ConsoleHttp browser = user();
        HttpResponse<String> response = browser.post("/console/login", Map.of("username", "admin.li",
                "password", PASSWORD, "_csrf", "forged-token"));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("登录表单已过期"), response.body());
    }

    @Test
    void logoutEndsTheSessionAtCentralNotOnlyInTheBrowser() {
        ConsoleHttp browser = user();
        browser.login("viewer.wang", PASSWORD);
        browser.get("/console/fleet");
        String cookie = browser.cookie("budayang_ops").orElseThrow().getValue();
        HttpResponse<String> logout = browser.post("/console/logout");
        assertEquals(303, logout.statusCode());
        assertEquals("/console/login?reason=logout", logout.headers().firstValue("Location").orElseThrow());
        ConsoleHttp replay = user();
        HttpResponse<String> replayed = replay.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(central.url("/console/fleet"))).header("Cookie", "budayang_ops=" + cookie));
        assertEquals(303, replayed.statusCode(), "the old cookie no longer opens a page");
        assertEquals(AuditEntry.Outcome.OK, newest("LOGOUT").outcome());
    }

    @Test
    void aDisabledUsersSessionsEndAtOnce() {
        ConsoleHttp viewer = user();
        viewer.login("viewer.wang", PASSWORD);
        assertEquals(200, viewer.get("/console/fleet").statusCode());
        ConsoleHttp admin = user();
        admin.login("admin.li", PASSWORD);
        admin.get("/console/users");
        assertEquals(303, admin.post("/console/users/viewer.wang/disable").statusCode());
        assertEquals(303, viewer.get("/console/fleet").statusCode());
        assertEquals(401, user().login("viewer.wang", PASSWORD).statusCode(), "a disabled user cannot log in");
    }

    @Test
    void abandonedSessionsAndOldAddressFailuresArePurgedAndALoginReplacesTheOldSession() {
        ConsoleHttp browser = user();
        browser.login("viewer.wang", PASSWORD);
        user().login("viewer.wang", PASSWORD);
        assertEquals(2, central.sql().count("SELECT COUNT(*) FROM ops_session"));
        browser.login("viewer.wang", PASSWORD);
        assertEquals(2, central.sql().count("SELECT COUNT(*) FROM ops_session"), "the browser's old session went");
        central.sql().update("INSERT INTO ops_login_address VALUES ('192.0.2.7', 3, ?)", central.clock.instant());
        central.clock.advance(Duration.ofMinutes(16));
        assertEquals(401, user().login("admin.li", "wrong password!!").statusCode());
        assertEquals(0, central.sql().count("SELECT COUNT(*) FROM ops_login_address WHERE source_ip = '192.0.2.7'"));
        assertEquals(303, user().login("admin.li", PASSWORD).statusCode());
        assertEquals(1, central.sql().count("SELECT COUNT(*) FROM ops_session"), "only the new one is left");
    }

    private AuditEntry newest(String action) {
        return central.console.services().audit().newest(100, null).stream().filter(e -> e.action().equals(action))
                .findFirst().orElseThrow(() -> new AssertionError("no audit entry " + action));
    }
}
