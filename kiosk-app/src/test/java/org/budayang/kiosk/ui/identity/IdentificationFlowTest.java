package org.budayang.kiosk.ui.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity.CertType;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.Overlay;
import org.budayang.kiosk.ui.shell.Screen;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An identity the next item does not accept is replaced, not reused. No toolkit; same-thread executors. */
class IdentificationFlowTest {
    private final TestDevices.Scanner scanner = new TestDevices.Scanner();
    private ShellViewModel vm;

    @BeforeEach
    void setUp() {
        UiFixture fx = UiFixture.standard();
        fx.catalog.refresh();
        IdentityDevices identity = new IdentityDevices(SocialCardAccess.none(),
                new ScannerAccess(scanner, Runnable::run, Runnable::run, Duration.ofSeconds(2)), CameraAccess.none(),
                IdentityDevices.none().faceCheck(), Runnable::run, Runnable::run);
        vm = new ShellViewModel(fx.context(Duration.ofSeconds(3), IdCardAccess.none()).withIdentity(identity));
    }

    @AfterEach
    void tearDown() {
        vm.stop();
    }

    private static ServiceItem item(String code) {
        return TestCatalogs.items().stream().filter(i -> i.implementationCode().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void aVoucherSessionStartingAPublicSecurityItemIdentifiesAgain() {
        vm.start();
        vm.openItem(item(TestCatalogs.INSURED_CERTIFICATE));
        vm.startItem();
        scanner.scan(TestDevices.EC_TOKEN); // queued: the same-thread wait returns it at once
        assertTrue(vm.identificationChoice().choose(IdentificationWay.EC_TOKEN));
        CitizenSession voucher = vm.identification().session().orElseThrow();
        assertEquals(CertType.ECTOKEN, voucher.certType());
        assertEquals(Overlay.START_NOTICE, vm.overlayProperty().get());

        vm.closeOverlay();
        vm.startItem();
        assertEquals(Overlay.START_NOTICE, vm.overlayProperty().get(), "the same item: the voucher is accepted");
        vm.closeOverlay();
        vm.back();
        vm.openItem(item(TestCatalogs.RESIDENCE_PROOF));
        vm.startItem();
        assertEquals(Screen.IDENTIFY, vm.screenProperty().get(), "户籍证明 does not accept a 医保电子凭证");
        assertFalse(vm.identified());
        assertTrue(voucher.isWiped(), "the voucher identity is replaced, not kept beside the new one");
    }
}
