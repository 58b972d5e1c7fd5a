package org.budayang.driver.qrserial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;
import org.budayang.driver.scanner.ScannedCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.budayang.driver.testkit.Await;

/** The driver against the scanner emulator over a socat pty pair and over loopback TCP. */
class RealLinkTest {
    private static final Duration PATIENT = Duration.ofSeconds(5);

    private static ScannerEmulator emulator(Probe vendor, ScanEncoding encoding, Terminator terminator) {
        return new ScannerEmulator(vendor, encoding, terminator);
    }

    private static CompletableFuture<Outcome<ScannedCode>> awaitAsync(QrSerialScanner scanner) {
        CompletableFuture<Outcome<ScannedCode>> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(scanner.awaitCode(Deadline.in(PATIENT), CancelToken.none()));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "test-await");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static String text(Outcome<ScannedCode> outcome) {
        return outcome.valueIfSuccess().map(ScannedCode::text).orElseThrow(() -> new AssertionError("no code: "
                + outcome));
    }

    @ParameterizedTest
    @EnumSource(ScanEncoding.class)
    void chineseCodesArriveInTheConfiguredEncodingOverAPty(ScanEncoding encoding) throws Exception {
        try (Rig rig = new Rig(CableKind.PTY, emulator(Probe.NEWLAND, encoding, Terminator.CRLF), "encoding",
                encoding.label(), "terminator", "crlf").openAndEnable()) {
            String code = "甘肃省临夏回族自治州·医保电子凭证 测试 No.42";
            CompletableFuture<Outcome<ScannedCode>> waiting = awaitAsync(rig.scanner);
            Thread.sleep(100);
            rig.emulator.scan(code);
            assertEquals(code, text(waiting.get(5, TimeUnit.SECONDS)), "awaitCode gets the code");
            rig.awaitHeard(1);
            assertEquals(List.of(code), rig.heardTexts(), "the listener gets the same code");
            assertTrue(rig.scanner.dropped().values().stream().allMatch(count -> count == 0),
                    rig.scanner.dropped().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void partialLineIsDroppedAfterTheLineTimeoutAndTheNextCodeReadsFine(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind, emulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR), "line-timeout",
                "200ms").openAndEnable()) {
            rig.emulator.scanPartial("CUT-OFF-CODE-0123456789");
            Await.until("the fragment dropped", () -> rig.scanner.dropped().get(DropReason.FRAGMENT) == 1,
                    Duration.ofSeconds(2));
            CompletableFuture<Outcome<ScannedCode>> waiting = awaitAsync(rig.scanner);
            Thread.sleep(50);
            rig.emulator.scan("WHOLE");
            assertEquals("WHOLE", text(waiting.get(5, TimeUnit.SECONDS)));
            rig.awaitHeard(1);
            Thread.sleep(50);
            assertEquals(List.of("WHOLE"), rig.heardTexts(), "the fragment was never delivered");
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void overLongLineIsDroppedAndTheNextCodeReadsFine(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind, emulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR), "max-length",
                "256").openAndEnable()) {
            byte[] tooLong = new byte[3000];
            Arrays.fill(tooLong, (byte) 'X');
            tooLong[tooLong.length - 1] = '\r';
            rig.emulator.scanBytes(tooLong);
            rig.emulator.scan("Y".repeat(256));
            rig.awaitHeard(1);
            assertEquals(List.of("Y".repeat(256)), rig.heardTexts(), "a code of exactly max-length bytes is read");
            assertEquals(1L, rig.scanner.dropped().get(DropReason.TOO_LONG));
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void garbageBetweenCodesIsDroppedAndCounted(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind, emulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR)).openAndEnable()) {
            rig.emulator.scan("FIRST-134567890123456789");
            byte[] garbage = {(byte) 0xFF, (byte) 0xFE, 'A', '\r', 0x1B, '[', '2', 'J', '\r', (byte) 0xC3, '(', '\r'};
            rig.emulator.scanBytes(garbage);
            rig.emulator.scan("SECOND-医保");
            rig.awaitHeard(2);
            Thread.sleep(100);
            assertEquals(List.of("FIRST-134567890123456789", "SECOND-医保"), rig.heardTexts());
            assertEquals(2L, rig.scanner.dropped().get(DropReason.INVALID_BYTES));
            assertEquals(1L, rig.scanner.dropped().get(DropReason.CONTROL_CHARACTER));
            Outcome<DeviceStatus> poll = rig.scanner.refreshStatus(Deadline.in(PATIENT), CancelToken.none());
            assertTrue(poll.isSuccess(), poll.toString());
            assertTrue(rig.scanner.status().detail().contains("INVALID_BYTES=2"), rig.scanner.status().detail());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void codesBeforeEnableAreIgnoredAndTwoWaitersNeverShareACode(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind, emulator(Probe.HONEYWELL, ScanEncoding.UTF_8, Terminator.LF), "probe",
                "honeywell", "terminator", "lf")) {
            rig.scanner.open();
            rig.emulator.scan("WHILE-OPEN");
            Await.until("the code read and ignored", () -> rig.scanner.ignoredWhileDisabled() == 1,
                    Duration.ofSeconds(3));
            rig.scanner.enable();
            assertTrue(rig.heard.isEmpty(), "no listener call while not enabled");
            CompletableFuture<Outcome<ScannedCode>> first = awaitAsync(rig.scanner);
            Thread.sleep(50);
            CompletableFuture<Outcome<ScannedCode>> second = awaitAsync(rig.scanner);
            Thread.sleep(50);
            rig.emulator.scan("ONE");
            rig.emulator.scan("TWO");
            assertEquals("ONE", text(first.get(5, TimeUnit.SECONDS)));
            assertEquals("TWO", text(second.get(5, TimeUnit.SECONDS)));
            rig.awaitHeard(2);
            assertEquals(List.of("ONE", "TWO"), rig.heardTexts());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void awaitCodeTimesOutWhenNobodyScansAndTheScannerStaysOnline(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind, emulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR)).openAndEnable()) {
            long start = System.nanoTime();
            Outcome<ScannedCode> none = rig.scanner.awaitCode(Deadline.in(Duration.ofMillis(300)), CancelToken.none());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertInstanceOf(Outcome.TimedOut.class, none);
            assertTrue(millis >= 290 && millis < 1500, "timed out after " + millis + " ms");
            assertEquals(Health.ONLINE, rig.scanner.status().health());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void withProbeNoneTheScannerIsOnlineWhileTheLinkIsOpenAndOfflineWhenItIsLost(CableKind kind)
            throws Exception {
        try (Rig rig = new Rig(kind, emulator(Probe.NONE, ScanEncoding.UTF_8, Terminator.CR), "probe", "none")
                .openAndEnable()) {
            assertEquals(Health.ONLINE, rig.scanner.status().health());
            rig.emulator.silent(true);
            assertTrue(rig.scanner.refreshStatus(Deadline.in(PATIENT), CancelToken.none()).isSuccess(),
                    "with no probe a silent scanner cannot be told from an idle one");
            assertEquals(Health.ONLINE, rig.scanner.status().health());
            rig.cable.unplug();
            Await.until("OFFLINE after unplug", () -> rig.scanner.status().health() == Health.OFFLINE,
                    Duration.ofSeconds(3));
            assertThrows(LinkLostException.class, () -> rig.scanner.refreshStatus(Deadline.in(PATIENT),
                    CancelToken.none()));
            assertThrows(LinkLostException.class, () -> rig.scanner.awaitCode(Deadline.in(PATIENT),
                    CancelToken.none()));
            rig.cable.replug();
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void aScannerThatDoesNotSpeakTheConfiguredProbeFailsTheOpenSayingWhatToCheck(CableKind kind) {
        try (Rig rig = new Rig(kind, emulator(Probe.HONEYWELL, ScanEncoding.UTF_8, Terminator.CR), "probe",
                "newland", "probe-timeout", "300ms")) {
            LinkLostException refused = assertThrows(LinkLostException.class, rig.scanner::open);
            assertTrue(refused.getMessage().contains("no answer to the newland probe within 300 ms at open")
                    && refused.getMessage().contains("probe=none"), refused.getMessage());
            assertEquals(Health.OFFLINE, rig.scanner.status().health());
            assertEquals(org.budayang.driver.LifecycleState.CLOSED, rig.scanner.state());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void honeywellProbeAnswersEvenBetweenCodesAndSilenceIsOffline(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind, emulator(Probe.HONEYWELL, ScanEncoding.GBK, Terminator.TAB), "probe",
                "honeywell", "encoding", "GBK", "terminator", "tab", "probe-timeout", "400ms").openAndEnable()) {
            for (int i = 0; i < 20; i++) {
                rig.emulator.scan("码" + i);
                Outcome<DeviceStatus> poll = rig.scanner.refreshStatus(Deadline.in(PATIENT), CancelToken.none());
                assertTrue(poll.isSuccess(), "poll " + i + ": " + poll);
            }
            rig.awaitHeard(20);
            assertEquals("码0", rig.heardTexts().get(0));
            assertEquals(0L, rig.scanner.dropped().values().stream().mapToLong(Long::longValue).sum(),
                    "answers between codes cost no code: " + rig.scanner.dropped());
            rig.emulator.silent(true);
            Outcome<DeviceStatus> silent = rig.scanner.refreshStatus(Deadline.in(PATIENT), CancelToken.none());
            assertInstanceOf(Outcome.TimedOut.class, silent);
            assertEquals(Health.OFFLINE, rig.scanner.status().health());
            assertTrue(rig.scanner.status().detail().contains("no answer to the honeywell probe within 400 ms"),
                    rig.scanner.status().detail());
            rig.emulator.silent(false);
            assertTrue(rig.scanner.refreshStatus(Deadline.in(PATIENT), CancelToken.none()).isSuccess());
            assertEquals(Health.ONLINE, rig.scanner.status().health());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void disableEndsAWaitingAwaitCodeWithADeviceError(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind, emulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR)).openAndEnable()) {
            CompletableFuture<Outcome<ScannedCode>> waiting = awaitAsync(rig.scanner);
            Thread.sleep(100);
            rig.scanner.disable();
            Outcome<ScannedCode> outcome = waiting.get(2, TimeUnit.SECONDS);
            Outcome.DeviceError<?> error = assertInstanceOf(Outcome.DeviceError.class, outcome);
            assertEquals("SCANNER_DISABLED", error.code());
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> rig.scanner.awaitCode(Deadline.in(PATIENT), CancelToken.none()));
            assertTrue(refused.getMessage().contains("awaitCode") && refused.getMessage().contains("OPEN"),
                    refused.getMessage());
        }
    }
}
