package org.budayang.kiosk.ui.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.face.FaceCaptureState;
import org.budayang.kiosk.ui.shell.Overlay;
import org.budayang.kiosk.ui.shell.Screen;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shell's identification steps without the toolkit: the real idcard-sam driver (pipe link), the in-test
 * camera, same-thread executors.
 */
class IdentificationShellTest {
    private static final CardEvent PLACED = new CardEvent(CardEvent.Type.PLACED, Instant.EPOCH);

    private final TestDevices.TestCamera camera = new TestDevices.TestCamera();
    private ReaderRig rig;
    private UiFixture fx;
    private ShellViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        rig = new ReaderRig();
        fx = UiFixture.standard();
        fx.catalog.refresh();
        IdentityDevices identity = new IdentityDevices(SocialCardAccess.none(), ScannerAccess.none(),
                new CameraAccess(camera, Runnable::run, Runnable::run, Duration.ofSeconds(1)),
                frame -> (frame.argb()[0] & 0xFF) > 150 ? CaptureAdvice.READY : CaptureAdvice.TOO_FAR,
                Runnable::run, Runnable::run, ticker::get);
        vm = new ShellViewModel(fx.context(Duration.ofSeconds(3), rig.sameThread()).withIdentity(identity));
    }

    @AfterEach
    void tearDown() {
        vm.stop();
        rig.close();
    }

    /** The face screen's monotonic time, moved by hand: no test waits for the advice interval to pass. */
    private final AtomicLong ticker = new AtomicLong();

    /** Lets the shell's advice interval (and a little more) pass. */
    private void adviceIntervalPasses() {
        ticker.addAndGet(org.budayang.kiosk.ui.face.FaceCaptureViewModel.Settings.DEFAULT.adviceInterval().toNanos()
                + 1_000_000);
    }

    private static ServiceItem item(String code) {
        return TestCatalogs.items().stream().filter(i -> i.implementationCode().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void aCitizenIdentifiedAtHomeGoesStraightToTheFaceAndBackLeavesIt() {
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        vm.cardEvent(PLACED);
        assertTrue(vm.identified());
        vm.openItem(item(TestCatalogs.NO_CRIMINAL_RECORD));
        vm.startItem();
        assertEquals(Screen.FACE, vm.screenProperty().get(), "identified already: the face check comes next");
        assertEquals(1, camera.listeners());

        vm.back();
        assertEquals(Screen.GUIDE, vm.screenProperty().get());
        assertEquals(FaceCaptureState.IDLE, vm.face().stateProperty().get());
        assertEquals(0, camera.listeners(), "leaving the face screen stops the preview");

        vm.startItem();
        for (int i = 0; i < 3; i++) { // the shell's settings check the advice at most every 200 ms
            camera.frame(200);
            adviceIntervalPasses();
        }
        assertEquals(Screen.GUIDE, vm.screenProperty().get());
        assertEquals(Overlay.START_NOTICE, vm.overlayProperty().get());
        CitizenSession session = vm.identification().session().orElseThrow();
        assertTrue(session.hasFace());

        vm.closeOverlay();
        vm.startItem();
        assertEquals(Overlay.START_NOTICE, vm.overlayProperty().get(), "the face is taken once per session");
        vm.finish();
        assertTrue(session.isWiped());
    }

    @Test
    void theCameraFailingOnTheFaceScreenOffersHelp() {
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        vm.cardEvent(PLACED);
        vm.openItem(item(TestCatalogs.NO_CRIMINAL_RECORD));
        vm.startItem();
        fx.devices.update(DeviceRole.CAMERA, DeviceStatus.offline(Instant.now(), "camera unplugged"));
        assertEquals(FaceCaptureState.UNAVAILABLE, vm.face().stateProperty().get());
        vm.openHelp();
        assertEquals(Overlay.HELP, vm.overlayProperty().get());
        assertEquals("0931-8451234", vm.helpPhoneProperty().get(), "呼叫帮办 names the item's phone");
    }

    @Test
    void theIdCardWayReadsTheCardPlacedOnTheChoiceScreen() {
        vm.start();
        vm.openItem(item(TestCatalogs.RESIDENCE_PROOF));
        vm.startItem();
        assertEquals(Screen.IDENTIFY, vm.screenProperty().get());
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        vm.cardEvent(PLACED);
        assertFalse(vm.identified(), "no way chosen yet: a card on the choice screen waits for the choice");
        assertTrue(vm.identificationChoice().choose(org.budayang.kiosk.identity.IdentificationWay.ID_CARD));
        vm.cardEvent(PLACED);
        assertTrue(vm.identified());
        assertEquals(Screen.GUIDE, vm.screenProperty().get(), "户籍证明 has no face check");
        assertEquals(Overlay.START_NOTICE, vm.overlayProperty().get());
    }

    @Test
    void aCardAlreadyOnTheReaderIsReadWhenTheIdCardWayIsChosen() {
        vm.start();
        vm.openItem(item(TestCatalogs.RESIDENCE_PROOF));
        vm.startItem();
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        ReaderRig.await("the reader to see the card", () -> rig.reader.status().has(
                org.budayang.driver.Condition.CARD_PRESENT), Duration.ofSeconds(3));
        assertTrue(vm.identificationChoice().choose(org.budayang.kiosk.identity.IdentificationWay.ID_CARD));
        assertTrue(vm.identified(), "no PLACED event needed for a card lying there");
        assertEquals(Screen.GUIDE, vm.screenProperty().get());
    }
}
