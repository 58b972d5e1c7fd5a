package org.budayang.driver.cashssp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.cashssp.emulator.EmulatorConsole;
import org.budayang.driver.link.Links;
import org.junit.jupiter.api.Test;

class ProviderTest {

    private static DriverContext context(Map<String, String> settings) {
        return new DriverContext("cashAcceptor", DriverSettings.of("cashAcceptor", settings), Clock.systemUTC());
    }

    @Test
    void theDriverIsFoundByNameThroughServiceLoader() {
        List<DriverProvider> found = ServiceLoader.load(DriverProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(provider -> provider.name().equals("cash-ssp")).toList();
        assertEquals(1, found.size(), "exactly one cash-ssp provider on the class path");
        assertEquals(CashAcceptor.class, found.get(0).deviceType());
        assertTrue(found.get(0).settingKeys().containsAll(List.of("link", "port", "baud", "pollInterval",
                "replyTimeout", "resends", "currency")), found.get(0).settingKeys().toString());
    }

    @Test
    void defaultsAreTheProtocolsTimingAndBadSettingsAreNamed() {
        SspSettings defaults = SspSettings.from(DriverSettings.of("cashAcceptor", Map.of("link", "serial")),
                Links.SETTING_KEYS);
        assertEquals(Duration.ofMillis(200), defaults.pollInterval());
        assertEquals(Duration.ofSeconds(1), defaults.replyTimeout());
        assertEquals(20, defaults.resends());
        DriverConfigurationException resends = assertThrows(DriverConfigurationException.class, () ->
                new SspCashAcceptorProvider().create(context(Map.of("link", "serial", "port", "/dev/ttyUSB0",
                        "resends", "99"))));
        assertTrue(resends.getMessage().contains("resends") && resends.getMessage().contains("99"),
                resends.getMessage());
        DriverConfigurationException typo = assertThrows(DriverConfigurationException.class, () ->
                new SspCashAcceptorProvider().create(context(Map.of("link", "serial", "port", "/dev/ttyUSB0",
                        "pollIntervall", "1s"))));
        assertTrue(typo.getMessage().contains("pollIntervall"), typo.getMessage());
        assertThrows(DriverConfigurationException.class, () -> new SspCashAcceptorProvider().create(
                context(Map.of("link", "serial", "port", "/dev/ttyUSB0", "currency", "rmb"))));
    }

    @Test
    void anAcceptorInAnotherCurrencyIsAConfigurationErrorNamingBoth() {
        AcceptorEmulator euro = new AcceptorEmulator(true, 8, "EUR");
        try (Rig rig = new Rig(CableKind.TCP, euro)) {
            DriverConfigurationException wrong = assertThrows(DriverConfigurationException.class,
                    rig.acceptor::open);
            assertTrue(wrong.getMessage().contains("EUR") && wrong.getMessage().contains("CNY"), wrong.getMessage());
            assertEquals(LifecycleState.CLOSED, rig.acceptor.state());
        }
    }

    @Test
    void theOpenAcceptorKnowsItsNotesAndNeedsAJournalToTakeThem() throws Exception {
        try (Rig rig = new Rig(CableKind.TCP).start()) {
            assertEquals(java.util.EnumSet.allOf(Denomination.class), rig.acceptor.denominations());
            assertTrue(rig.acceptor.status().detail().contains("firmware 0372, CNY"), rig.acceptor.status().detail());
            SspCashAcceptor bare = (SspCashAcceptor) new SspCashAcceptorProvider().create(
                    rig.cable.driverContext("cashAcceptor"));
            rig.acceptor.close();
            bare.open();
            bare.enable();
            try {
                var refused = bare.acceptNotes(java.util.Set.of(Denomination.YUAN_10), note -> null, Rig.patient(),
                        Rig.none());
                assertEquals("NO_JOURNAL", ((org.budayang.driver.op.Outcome.DeviceError<?>) refused).code());
            } finally {
                bare.close();
            }
        }
    }

    @Test
    void theEmulatorConsoleInsertsNotesAndRefusesBadInput() {
        AcceptorEmulator emulator = new AcceptorEmulator();
        StringWriter text = new StringWriter();
        EmulatorConsole console = new EmulatorConsole(emulator, new PrintWriter(text, true));
        console.execute("insert 20 3");
        console.execute("insert 2");
        console.execute("jam sideways");
        assertTrue(!console.execute("quit"));
        assertEquals(3, emulator.notesInPath());
        String said = text.toString();
        assertTrue(said.contains("3 x 20 元 inserted"), said);
        assertTrue(said.contains("no 2 元 banknote"), said);
        assertTrue(said.contains("jam needs safe or unsafe, got 'sideways'"), said);
    }
}
