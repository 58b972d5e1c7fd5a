package org.budayang.driver.cups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.DocumentPrinter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * printer-state-reasons set on the real queue (CUPS-Add-Modify-Printer, as {@code lpadmin -o
 * printer-state-reasons=…} sends it; a backend sets the same attribute with {@code STATE:} lines) and read back by
 * the driver's health poll.
 */
class StateReasonsTest {
    private static CupsServer server;
    private static DocumentPrinter printer;

    @BeforeAll
    static void start() throws Exception {
        server = CupsServer.shared();
        server.reset();
        printer = Printers.enabled(server, CupsServer.TEST_QUEUE);
    }

    @AfterAll
    static void stop() {
        if (printer != null) {
            printer.close();
        }
        if (server != null) {
            server.reset();
        }
    }

    static Stream<Arguments> reasons() {
        return Stream.of(
                Arguments.of("none", Health.ONLINE, "", RecommendedAction.NONE),
                Arguments.of("media-low-report", Health.DEGRADED, "PAPER_LOW", RecommendedAction.CLEAR),
                Arguments.of("toner-low-warning", Health.DEGRADED, "TONER_LOW", RecommendedAction.CLEAR),
                Arguments.of("media-low-report,toner-low-report", Health.DEGRADED, "PAPER_LOW,TONER_LOW",
                        RecommendedAction.CLEAR),
                Arguments.of("media-empty-error", Health.USER_ERROR, "PAPER_OUT", RecommendedAction.CLEAR),
                Arguments.of("media-needed", Health.USER_ERROR, "PAPER_OUT", RecommendedAction.CLEAR),
                Arguments.of("toner-empty-error", Health.USER_ERROR, "TONER_OUT", RecommendedAction.CLEAR),
                Arguments.of("door-open-error", Health.USER_ERROR, "COVER_OPEN", RecommendedAction.CLEAR),
                Arguments.of("cover-open", Health.USER_ERROR, "COVER_OPEN", RecommendedAction.CLEAR),
                Arguments.of("media-jam-error", Health.HARDWARE_ERROR, "JAM", RecommendedAction.CLEAR),
                Arguments.of("media-empty-error,toner-low-report", Health.USER_ERROR, "PAPER_OUT,TONER_LOW",
                        RecommendedAction.CLEAR),
                Arguments.of("offline-report", Health.OFFLINE, "", RecommendedAction.RESET),
                Arguments.of("fuser-over-temp-error", Health.HARDWARE_ERROR, "", RecommendedAction.MAINTENANCE));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("reasons")
    void reasonsOnTheQueueBecomeHealthAndConditions(String reasons, Health health, String conditions,
                                                     RecommendedAction action) throws Exception {
        server.reasons(CupsServer.TEST_QUEUE, reasons);
        Outcome<DeviceStatus> outcome = printer.refreshStatus(Printers.seconds(5), CancelToken.none());
        DeviceStatus status = outcome.valueIfSuccess().orElseThrow(() -> new AssertionError(outcome.toString()));
        assertEquals(health, status.health(), status.toString());
        assertEquals(parse(conditions), status.conditions(), status.toString());
        assertEquals(action, status.action(), status.toString());
        if (!reasons.equals("none")) {
            assertTrue(status.detail().contains(reasons.split(",")[0]), "the detail names the reason: " + status);
        }
    }

    private static Set<Condition> parse(String names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        return Stream.of(names.split(",")).map(Condition::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Condition.class)));
    }
}
