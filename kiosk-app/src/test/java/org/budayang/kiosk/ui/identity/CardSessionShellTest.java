package org.budayang.kiosk.ui.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.budayang.api.catalog.Department;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.security.LogCapture;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.Screen;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shell and the card session: placed on attract or home identifies, removed ends and wipes. No toolkit. */
class CardSessionShellTest {
    private static final CardEvent PLACED = new CardEvent(CardEvent.Type.PLACED, Instant.EPOCH);
    private static final CardEvent REMOVED = new CardEvent(CardEvent.Type.REMOVED, Instant.EPOCH);

    private ReaderRig rig;
    private UiFixture fx;
    private ShellViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        rig = new ReaderRig();
        fx = UiFixture.standard();
        fx.catalog.refresh();
        vm = new ShellViewModel(fx.context(Duration.ofSeconds(3), rig.sameThread()));
    }

    @AfterEach
    void tearDown() {
        vm.stop();
        rig.close();
    }

    @Test
    void aCardPlacedOnAttractIdentifiesOnHomeAndRemovingItWipes() {
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        vm.cardEvent(PLACED);
        assertEquals(Screen.HOME, vm.screenProperty().get());
        assertTrue(vm.identified());
        CitizenSession session = vm.identification().session().orElseThrow();
        vm.openDepartment(Department.TAX);

        rig.emulator.remove();
        vm.cardEvent(REMOVED);
        assertEquals(Screen.ATTRACT, vm.screenProperty().get());
        assertFalse(vm.identified());
        assertTrue(session.isWiped(), "the card data is gone from memory");
        assertEquals(1, vm.wipesProperty().get());
        assertEquals("", vm.identification().holderIdNumberProperty().get());
    }

    @Test
    void idleExpiryAndFinishEndTheSessionToo() {
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        vm.cardEvent(PLACED);
        CitizenSession first = vm.identification().session().orElseThrow();
        fx.clock.advance(fx.config.idleTimeout().plus(fx.config.idleCountdown()).plusSeconds(1));
        vm.idle().tick();
        assertEquals(Screen.ATTRACT, vm.screenProperty().get());
        assertTrue(first.isWiped());

        vm.cardEvent(PLACED);
        CitizenSession second = vm.identification().session().orElseThrow();
        vm.finish();
        assertEquals(Screen.ATTRACT, vm.screenProperty().get());
        assertTrue(second.isWiped());
        assertEquals(2, vm.wipesProperty().get());
    }

    @Test
    void aCardPlacedDeeperThanHomeStartsNothing() {
        vm.start();
        vm.openDepartment(Department.PUBLIC_SECURITY);
        vm.openItem(TestCatalogs.item(TestCatalogs.NO_CRIMINAL_RECORD));
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        vm.cardEvent(PLACED);
        assertEquals(Screen.GUIDE, vm.screenProperty().get());
        assertEquals(IdentificationState.NONE, vm.identification().stateProperty().get());
        vm.cardEvent(REMOVED);
        assertEquals(Screen.GUIDE, vm.screenProperty().get(), "nobody was identified: removing ends nothing");
        assertEquals(0, vm.wipesProperty().get());
    }

    @Test
    void noLogLineHoldsTheFullIdNumberNameOrAddress() {
        List<String> lines;
        try (LogCapture log = new LogCapture("org.budayang")) {
            rig.emulator.place(ReaderRig.ZHANG_SAN);
            vm.cardEvent(PLACED);
            assertTrue(vm.identified());
            vm.cardEvent(REMOVED);
            rig.emulator.place(ReaderRig.EXPIRED_CARD);
            vm.cardEvent(PLACED);
            rig.emulator.removeMidNextRead();
            vm.identification().read();
            vm.wipe();
            lines = log.everything();
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("620102********0034")),
                "the session is logged, masked: " + lines);
        for (String line : lines) {
            for (String secret : List.of(ReaderRig.ZHANG_SAN_ID, "620105200102030059", "张三", "王小明",
                    "庆阳路", "银滩路")) {
                assertFalse(line.contains(secret), "a log line holds personal data '" + secret + "': " + line);
            }
        }
    }
}
