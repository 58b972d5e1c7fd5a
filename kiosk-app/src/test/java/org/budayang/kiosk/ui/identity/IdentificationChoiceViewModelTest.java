package org.budayang.kiosk.ui.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.api.identity.CitizenIdentity.CertType;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.ManualExecutor;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.security.LogCapture;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The choice screen's model without the toolkit: in-test devices, a device thread and a hand-run "FX" queue. */
class IdentificationChoiceViewModelTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-26T02:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Set<DeviceRole> serving = EnumSet.allOf(DeviceRole.class);
    private final ManualExecutor fx = new ManualExecutor();
    private final TestDevices.Scanner scanner = new TestDevices.Scanner();
    private final TestDevices.SocialCardReader socialReader = new TestDevices.SocialCardReader();
    private List<ExecutorService> threads;
    private IdentificationViewModel identification;
    private IdentificationChoiceViewModel vm;

    @BeforeEach
    void setUp() {
        ExecutorService device = Executors.newSingleThreadExecutor();
        ExecutorService scannerThread = Executors.newSingleThreadExecutor();
        identification = new IdentificationViewModel(IdCardAccess.none(),
                new SocialCardAccess(socialReader, device, fx, Duration.ofSeconds(1)),
                new ScannerAccess(scanner, scannerThread, fx, Duration.ofSeconds(10)), MESSAGES, TODAY);
        vm = new IdentificationChoiceViewModel(serving::contains, identification);
        threads = List.of(device, scannerThread);
    }

    @AfterEach
    void tearDown() {
        identification.wipe();
        threads.forEach(ExecutorService::shutdownNow);
    }

    private static ServiceItem item(String code) {
        return TestCatalogs.items().stream().filter(i -> i.implementationCode().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void showsTheWaysTheItemAcceptsThatWorkNow() {
        vm.show(item(TestCatalogs.INSURED_CERTIFICATE));
        assertEquals(List.of(IdentificationWay.ID_CARD, IdentificationWay.SOCIAL_CARD, IdentificationWay.EC_TOKEN),
                vm.ways());
        assertFalse(vm.faceCheckProperty().get(), "the 参保凭证 flow compares no face");
        assertEquals("医保参保凭证打印", vm.itemNameProperty().get());

        vm.show(item(TestCatalogs.INSURANCE_CERTIFICATE));
        assertEquals(List.of(IdentificationWay.ID_CARD, IdentificationWay.SOCIAL_CARD), vm.ways(), "社保: no 医保电子凭证");

        vm.show(item(TestCatalogs.NO_CRIMINAL_RECORD));
        assertEquals(List.of(IdentificationWay.ID_CARD), vm.ways(), "公安: the ID card only");
        assertTrue(vm.faceCheckProperty().get());
    }

    @Test
    void aWayWhoseDeviceFailsDisappearsAndComesBack() {
        vm.show(item(TestCatalogs.INSURED_CERTIFICATE));
        serving.remove(DeviceRole.ID_CARD_READER);
        vm.refresh();
        assertEquals(List.of(IdentificationWay.SOCIAL_CARD, IdentificationWay.EC_TOKEN), vm.ways());
        serving.remove(DeviceRole.SOCIAL_CARD_READER);
        serving.remove(DeviceRole.QR_SCANNER);
        vm.refresh();
        assertEquals(List.of(), vm.ways());
        assertTrue(vm.noWayProperty().get(), "no way works: the screen offers 呼叫帮办");
        serving.add(DeviceRole.QR_SCANNER);
        vm.refresh();
        assertEquals(List.of(IdentificationWay.EC_TOKEN), vm.ways());
        assertFalse(vm.noWayProperty().get());
    }

    @Test
    void withAFaceCheckTheCardWaysNeedTheCamera() {
        vm.show(item(TestCatalogs.NO_CRIMINAL_RECORD));
        serving.remove(DeviceRole.CAMERA);
        vm.refresh();
        assertTrue(vm.noWayProperty().get());
        vm.show(item(TestCatalogs.INSURED_CERTIFICATE));
        assertEquals(3, vm.ways().size(), "no face check: the camera does not matter");
    }

    @Test
    void aScannedVoucherIdentifiesAsEcTokenAndOtherCodesAreRefused() {
        vm.show(item(TestCatalogs.INSURED_CERTIFICATE));
        try (LogCapture logs = new LogCapture("org.budayang")) {
            assertTrue(vm.choose(IdentificationWay.EC_TOKEN));
            assertEquals(IdentificationState.WAITING, identification.stateProperty().get());
            assertEquals("请打开“医保电子凭证”二维码，对准扫码口", identification.messageProperty().get());

            scanner.scan("134567890123456789");
            fx.awaitAndRun(WAIT);
            assertEquals(IdentificationState.WAITING, identification.stateProperty().get());
            assertTrue(identification.messageProperty().get().startsWith("这不是医保电子凭证"));

            scanner.scan(TestDevices.EC_TOKEN);
            fx.awaitAndRun(WAIT);
            assertEquals(IdentificationState.IDENTIFIED, identification.stateProperty().get());
            CitizenIdentity identity = identification.session().orElseThrow().identity();
            assertEquals(CitizenIdentity.ecToken(TestDevices.EC_TOKEN), identity);
            assertEquals("医保电子凭证", identification.holderNameProperty().get());
            assertEquals("", identification.holderIdNumberProperty().get(), "no part of a token on the screen");
            assertNoneContains(logs, TestDevices.EC_TOKEN, "134567890123456789");
        }
    }

    @Test
    void aSocialSecurityCardIsReadWhenInsertedAndPullingItEndsTheSession() {
        vm.show(item(TestCatalogs.INSURANCE_CERTIFICATE));
        try (LogCapture logs = new LogCapture("org.budayang")) {
            assertTrue(vm.choose(IdentificationWay.SOCIAL_CARD));
            fx.awaitAndRun(WAIT); // no card in yet
            assertEquals(IdentificationState.WAITING, identification.stateProperty().get());
            assertEquals("请将社保卡插入读卡口（芯片朝里）", identification.messageProperty().get());

            socialReader.answer(Outcome.success(TestDevices.ZHANG_SAN_CARD));
            assertFalse(identification.socialCardEvent(new CardEvent(CardEvent.Type.PLACED, Instant.EPOCH)));
            assertEquals(IdentificationState.READING, identification.stateProperty().get());
            fx.awaitAndRun(WAIT);
            assertEquals(IdentificationState.IDENTIFIED, identification.stateProperty().get());
            assertEquals(CitizenIdentity.socialSecurityCard("620102195803150034", "A12345678"),
                    identification.session().orElseThrow().identity());
            assertEquals("张*", identification.holderNameProperty().get());
            assertEquals("拔出社保卡即结束办理", identification.messageProperty().get());
            assertFalse(identification.cardRemoved(CertType.IDCARD), "an ID card leaving ends no 社保卡 session");
            assertTrue(identification.socialCardEvent(new CardEvent(CardEvent.Type.REMOVED, Instant.EPOCH)));
            assertNoneContains(logs, "620102195803150034", "张三", "A12345678");
        }
    }

    @Test
    void aWrongCardSaysSoAndTheWayCanBeLeft() {
        vm.show(item(TestCatalogs.INSURANCE_CERTIFICATE));
        socialReader.answer(Outcome.deviceError("WRONG_CARD", "select SSSE answered 6A82"));
        vm.choose(IdentificationWay.SOCIAL_CARD);
        fx.awaitAndRun(WAIT);
        assertEquals(IdentificationState.FAILED, identification.stateProperty().get());
        assertEquals("这不是社保卡，请插入您的社会保障卡", identification.messageProperty().get());
        vm.chooseAgain();
        assertNull(vm.chosenProperty().get());
        socialReader.answer(Outcome.deviceError("PSAM_REQUIRED", "third-generation card, EF06 needs RKSSSE"));
        vm.choose(IdentificationWay.SOCIAL_CARD);
        fx.awaitAndRun(WAIT);
        assertEquals("本机暂不能读取这张社保卡，请换用身份证或医保电子凭证", identification.messageProperty().get());
        vm.chooseAgain();
        assertEquals(IdentificationState.NONE, identification.stateProperty().get());
    }

    @Test
    void aScannerDriverThatThrowsEndsTheWaitWithAnErrorAndTheWayCanBeLeftOrTriedAgain() {
        vm.show(item(TestCatalogs.INSURED_CERTIFICATE));
        try (LogCapture logs = new LogCapture("org.budayang")) {
            scanner.throwOnNextWait(new IllegalArgumentException("decoder bug on " + TestDevices.EC_TOKEN));
            assertTrue(vm.choose(IdentificationWay.EC_TOKEN));
            fx.awaitAndRun(WAIT);
            assertEquals(IdentificationState.FAILED, identification.stateProperty().get(), "not stuck waiting");
            assertEquals(MESSAGES.get("identity.unavailable.ECTOKEN"), identification.messageProperty().get());
            assertTrue(logs.everything().stream().anyMatch(l -> l.contains("DRIVER_FAILED")
                    || l.contains("the driver threw java.lang.IllegalArgumentException")), "logged once: " + logs.everything());
            assertNoneContains(logs, TestDevices.EC_TOKEN);
        }
        vm.chooseAgain();
        assertNull(vm.chosenProperty().get(), "the way back to the choice");
        assertTrue(vm.choose(IdentificationWay.EC_TOKEN));
        scanner.scan(TestDevices.EC_TOKEN);
        fx.awaitAndRun(WAIT);
        assertEquals(IdentificationState.IDENTIFIED, identification.stateProperty().get());
    }

    @Test
    void aCardReaderDriverThatThrowsMidReadLeavesReadingWithAnErrorAndAWayBack() {
        vm.show(item(TestCatalogs.INSURANCE_CERTIFICATE));
        vm.choose(IdentificationWay.SOCIAL_CARD);
        fx.awaitAndRun(WAIT); // no card in yet
        socialReader.throwOnNextRead(new ArrayIndexOutOfBoundsException("EF05 record 3"));
        assertFalse(identification.socialCardEvent(new CardEvent(CardEvent.Type.PLACED, Instant.EPOCH)));
        assertEquals(IdentificationState.READING, identification.stateProperty().get());
        fx.awaitAndRun(WAIT);
        assertEquals(IdentificationState.FAILED, identification.stateProperty().get(), "not stuck in READING");
        assertEquals(MESSAGES.get("identity.unavailable.SSCARD"), identification.messageProperty().get());
        vm.chooseAgain();
        assertNull(vm.chosenProperty().get(), "the way back to the choice");
        assertEquals(IdentificationState.NONE, identification.stateProperty().get());
    }

    @Test
    void theChosenWayStopsWhenItsDeviceFails() {
        vm.show(item(TestCatalogs.INSURED_CERTIFICATE));
        vm.choose(IdentificationWay.EC_TOKEN);
        serving.remove(DeviceRole.QR_SCANNER);
        vm.refresh();
        assertNull(vm.chosenProperty().get());
        assertEquals(IdentificationState.NONE, identification.stateProperty().get());
        scanner.scan(TestDevices.EC_TOKEN);
        fx.awaitAndRun(WAIT); // the cancelled wait reports back
        assertTrue(identification.session().isEmpty(), "a code scanned after the way stopped identifies nobody");
        assertFalse(vm.choose(IdentificationWay.EC_TOKEN), "a way not shown cannot be chosen");
    }

    static void assertNoneContains(LogCapture logs, String... secrets) {
        for (String line : logs.everything()) {
            for (String secret : secrets) {
                assertFalse(line.contains(secret), "a log line carries personal data: " + line);
            }
        }
        assertFalse(logs.everything().isEmpty(), "the flow logs something (masked)");
    }
}
