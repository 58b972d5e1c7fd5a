package org.budayang.central.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budayang.api.ApiPaths;
import org.budayang.central.TestCatalogs;
import org.budayang.central.config.ConfigException;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/v1/help-requests} (呼叫帮办) against a real server and database. */
class HelpRequestsHttpTest {
    private static final Map<String, String> ONE_HALL = Map.of(
            "help.responseMinutes", "4",
            "help.site.KSK-620102-0001", "HALL-620102-01",
            "help.site.KSK-620102-0002", "HALL-620102-01",
            "help.phone.HALL-620102-01", "0931-8888888");

    static Map<String, Object> help(String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("helpId", id);
        body.put("itemCode", "620102-SB01-GG00031001");
        body.put("screen", "FILL");
        body.put("reason", "CITIZEN_PRESSED_HELP");
        return body;
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void theWaitGrowsWithTheOpenRequestsOfTheSiteAndShrinksWhenOneIsClosed(TestDatabases.Kind kind) {
        try (FlowsFixture central = new FlowsFixture(kind, TestCatalogs.NOW, ONE_HALL)) {
            FlowsFixture.Reply first = central.post(ApiPaths.HELP_REQUESTS, help("help-first-001"), "hk-first-001");
            assertEquals(201, first.status(), first.toString());
            assertEquals(4, first.body().path("expectedMinutes").asInt());
            assertEquals("0931-8888888", first.body().path("phone").asText());
            assertEquals("已为您呼叫工作人员，预计约4分钟后到达，请在本机旁稍候；也可拨打0931-8888888咨询。",
                    first.body().path("message").asText());

            central.clock.advance(Duration.ofMinutes(1));
            FlowsFixture.Reply second = central.post(ApiPaths.HELP_REQUESTS, help("help-second-01"), "hk-second-01",
                    true);
            assertEquals(8, second.body().path("expectedMinutes").asInt(), "the other kiosk of the hall: " + second);

            assertTrue(central.helpDesk.close("help-first-001"));
            assertFalse(central.helpDesk.close("help-first-001"), "closed once");
            FlowsFixture.Reply third = central.post(ApiPaths.HELP_REQUESTS, help("help-third-001"), "hk-third-001");
            assertEquals(8, third.body().path("expectedMinutes").asInt(), third.toString());

            HelpRepository.StoredHelp stored = central.help.find("help-second-01").orElseThrow();
            assertEquals("KSK-620102-0002", stored.kioskId());
            assertEquals("HALL-620102-01", stored.siteId());
            assertEquals(TestCatalogs.NOW.plus(Duration.ofMinutes(1)), stored.requestedAt());
            assertTrue(stored.open());
            assertFalse(central.help.find("help-first-001").orElseThrow().open());
            assertEquals(2, central.help.open().size());
        }
    }

    @Test
    void aRepeatedHelpIdGetsTheFirstAnswerAndLapsedRequestsNoLongerCount() {
        try (FlowsFixture central = new FlowsFixture(TestDatabases.Kind.H2)) {
            FlowsFixture.Reply first = central.post(ApiPaths.HELP_REQUESTS, help("help-repeat-01"), "hk-repeat-01");
            assertEquals(5, first.body().path("expectedMinutes").asInt(), "default 5 minutes: " + first);
            assertTrue(first.body().path("message").asText().contains("12345"), "default phone: " + first);
            FlowsFixture.Reply again = central.post(ApiPaths.HELP_REQUESTS, help("help-repeat-01"), "hk-repeat-02");
            assertEquals(201, again.status());
            assertEquals(first.body(), again.body());
            assertEquals(1, central.count("flow_help_request"));

            FlowsFixture.Reply elsewhere = central.post(ApiPaths.HELP_REQUESTS, help("help-other-001"),
                    "hk-other-001", true);
            assertEquals(5, elsewhere.body().path("expectedMinutes").asInt(), "another site: " + elsewhere);
            assertEquals("HELP_ID_TAKEN", central.post(ApiPaths.HELP_REQUESTS, help("help-repeat-01"),
                    "hk-taken-0001", true).code());

            central.clock.advance(Duration.ofHours(3));
            FlowsFixture.Reply later = central.post(ApiPaths.HELP_REQUESTS, help("help-later-001"), "hk-later-001");
            assertEquals(5, later.body().path("expectedMinutes").asInt(), "lapsed after help.openFor: " + later);
        }
    }

    @Test
    void hostileFieldsAreRefusedAndNothingIsStored() {
        try (FlowsFixture central = new FlowsFixture(TestDatabases.Kind.H2)) {
            Map<String, Object> longScreen = help("help-hostile-1");
            longScreen.put("screen", "x".repeat(5000));
            FlowsFixture.Reply screen = central.post(ApiPaths.HELP_REQUESTS, longScreen, "hk-hostile-01");
            assertEquals(400, screen.status(), screen.toString());
            assertEquals("INVALID_FIELD", screen.code());
            Map<String, Object> badReason = help("help-hostile-2");
            badReason.put("reason", "please help");
            assertEquals("INVALID_FIELD", central.post(ApiPaths.HELP_REQUESTS, badReason, "hk-hostile-02").code());
            Map<String, Object> noItem = help("help-noitem-01");
            noItem.remove("itemCode");
            assertEquals(201, central.post(ApiPaths.HELP_REQUESTS, noItem, "hk-noitem-01").status(),
                    "help outside any item");
            assertEquals(1, central.count("flow_help_request"));
        }
    }

    @Test
    void badHelpConfigurationStopsTheStartNamingTheKey() {
        ConfigException minutes = assertThrows(ConfigException.class,
                () -> HelpSettings.from(Map.of("help.responseMinutes", "0")));
        assertTrue(minutes.getMessage().contains("help.responseMinutes") && minutes.getMessage().contains("1..240"),
                minutes.getMessage());
        ConfigException phone = assertThrows(ConfigException.class,
                () -> HelpSettings.from(Map.of("help.phone", "call us")));
        assertTrue(phone.getMessage().contains("'call us'"), phone.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> HelpSettings.from(Map.of("help.site.not-a-kiosk", "HALL")));
        assertTrue(unknown.getMessage().contains("help.site.not-a-kiosk"), unknown.getMessage());
        assertEquals("HALL-1", HelpSettings.from(Map.of("help.site.KSK-620102-0009", "HALL-1"))
                .siteOf("KSK-620102-0009"));
        assertEquals("KSK-620102-0003", HelpSettings.defaults().siteOf("KSK-620102-0003"));
    }
}
