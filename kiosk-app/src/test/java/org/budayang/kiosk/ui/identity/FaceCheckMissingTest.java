package org.budayang.kiosk.ui.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.Health;
import org.budayang.kiosk.availability.DeviceProblem;
import org.budayang.kiosk.availability.ItemAvailability;
import org.budayang.kiosk.availability.Unavailability;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.ui.KioskContext;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.Screen;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A camera that works but no face quality check loaded (opencv-data missing): KioskIdentityWiring then gives the
 * kiosk no CameraAccess. The guide and the choice screen must agree: an item whose flow checks a face is not
 * offered (with the reason), an item without a face check is. Wired as KioskMain wires it; no toolkit.
 */
class FaceCheckMissingTest {
    private final UiFixture fx = UiFixture.standard();
    private final TestDevices.Scanner scanner = new TestDevices.Scanner();
    private ShellViewModel vm;

    @AfterEach
    void tearDown() {
        if (vm != null) {
            vm.stop();
        }
    }

    private static ServiceItem item(String code) {
        return TestCatalogs.items().stream().filter(i -> i.implementationCode().equals(code)).findFirst()
                .orElseThrow();
    }

    private KioskContext start(CameraAccess camera) {
        fx.catalog.refresh();
        IdentityDevices identity = new IdentityDevices(new SocialCardAccess(new TestDevices.SocialCardReader(),
                Runnable::run, Runnable::run, Duration.ofSeconds(1)),
                new ScannerAccess(scanner, Runnable::run, Runnable::run, Duration.ofSeconds(2)), camera,
                IdentityDevices.none().faceCheck(), Runnable::run, Runnable::run);
        KioskContext context = fx.kioskWired(Duration.ofSeconds(3), IdCardAccess.none(), identity);
        vm = new ShellViewModel(context);
        vm.start();
        return context;
    }

    @Test
    void withoutAFaceCheckAFaceItemIsNotOfferedAnywhereAndTheOthersStillAre() {
        assertEquals(Health.ONLINE, fx.devices.status(DeviceRole.CAMERA).health(), "the camera itself works");
        KioskContext context = start(CameraAccess.none());

        assertEquals(DeviceProblem.NOT_CONFIGURED, context.availability().deviceProblem(DeviceRole.CAMERA)
                .orElseThrow());
        ServiceItem faceItem = item(TestCatalogs.NO_CRIMINAL_RECORD);
        ItemAvailability face = context.availability().check(faceItem);
        assertFalse(face.available(), "not 可以在本机办理: the face check cannot run");
        assertEquals(List.of(Unavailability.device(DeviceRole.CAMERA, DeviceProblem.NOT_CONFIGURED)),
                face.reasons());

        vm.openItem(faceItem);
        assertFalse(vm.guide().canStartProperty().get(), "the guide offers no 开始办理");
        vm.startItem();
        assertEquals(Screen.GUIDE, vm.screenProperty().get(), "no choice screen without a way");
        vm.identificationChoice().show(faceItem);
        assertTrue(vm.identificationChoice().noWayProperty().get(), "the choice screen agrees: no way");

        vm.back();
        ServiceItem noFace = item(TestCatalogs.INSURED_CERTIFICATE);
        assertTrue(context.availability().check(noFace).available());
        vm.openItem(noFace);
        vm.startItem();
        assertEquals(Screen.IDENTIFY, vm.screenProperty().get());
        assertTrue(vm.identificationChoice().ways().contains(IdentificationWay.EC_TOKEN));
    }

    @Test
    void theCameraStatusSaysWhatToInstall() {
        IdentityDevices identity = IdentityDevices.none();
        String detail = identity.servingStatus(fx.devices::status).apply(DeviceRole.CAMERA).detail();
        assertTrue(detail.contains("face check unavailable") && detail.contains("opencv-data"), detail);
        assertEquals(Health.ONLINE, identity.servingStatus(fx.devices::status).apply(DeviceRole.QR_SCANNER).health(),
                "other roles keep the board's status");
    }

    @Test
    void withAFaceCheckTheFaceItemIsOfferedByBoth() {
        TestDevices.TestCamera camera = new TestDevices.TestCamera();
        KioskContext context = start(new CameraAccess(camera, Runnable::run, Runnable::run, Duration.ofSeconds(2)));
        ServiceItem faceItem = item(TestCatalogs.NO_CRIMINAL_RECORD);
        assertTrue(context.availability().check(faceItem).available());
        vm.identificationChoice().show(faceItem);
        assertFalse(vm.identificationChoice().noWayProperty().get());
    }
}
