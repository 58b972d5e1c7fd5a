package org.budayang.kiosk.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.camera.Frame;
import org.budayang.driver.camera.Still;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.scanner.CodeScanner;
import org.budayang.driver.scanner.ScannedCode;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.budayang.driver.sscard.SocialSecurityCardReader;

/**
 * Tiny in-test devices for the view model tests, which run without the toolkit and without device links (the
 * integration tests use the real drivers against their emulators). Each answers from what the test queued, and
 * waits as the real one does (a scanner's wait ends at its deadline or on cancel).
 */
public final class TestDevices {
    /** 张三's 社保卡: 社会保障号码 620102195803150034, card number A12345678, valid to 2030. */
    public static final SocialSecurityCard ZHANG_SAN_CARD = new SocialSecurityCard("620100D15600000500A1B2C3D4",
            "3.00", "A12345678", LocalDate.of(2020, 1, 10), LocalDate.of(2030, 1, 10), "620102195803150034", "张三",
            Optional.of("1"), Optional.of("01"));
    /** A 医保电子凭证-looking token. */
    public static final String EC_TOKEN = "EC620102Q7mZk2LxN4pR8tV1wY3bD6fH";

    private TestDevices() {
    }

    private abstract static class Base implements org.budayang.driver.Device {
        private final String role;

        Base(String role) {
            this.role = role;
        }

        @Override
        public String role() {
            return role;
        }

        @Override
        public String driverName() {
            return "test-" + role;
        }

        @Override
        public LifecycleState state() {
            return LifecycleState.ENABLED;
        }

        @Override
        public void open() {
        }

        @Override
        public void enable() {
        }

        @Override
        public void disable() {
        }

        @Override
        public void close() {
        }

        @Override
        public DeviceStatus status() {
            return DeviceStatus.online(Instant.now());
        }

        @Override
        public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) {
            return Outcome.success(status());
        }

        @Override
        public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) {
            return () -> { };
        }
    }

    /** A scanner whose codes the test sends with {@link #scan(String)}. */
    public static final class Scanner extends Base implements CodeScanner {
        private final BlockingQueue<String> codes = new LinkedBlockingQueue<>();

        public Scanner() {
            super("qrScanner");
        }

        public void scan(String text) {
            codes.add(text);
        }

        private volatile RuntimeException bug;

        /** The next wait throws {@code bug} (a driver bug) instead of answering. */
        public void throwOnNextWait(RuntimeException bug) {
            this.bug = bug;
        }

        @Override
        public AutoCloseable onCode(Consumer<ScannedCode> listener) {
            return () -> { };
        }

        @Override
        public Outcome<ScannedCode> awaitCode(Deadline deadline, CancelToken cancel) {
            RuntimeException thrown = bug;
            if (thrown != null) {
                bug = null;
                throw thrown;
            }
            while (!deadline.expired()) {
                if (cancel.isCancelled()) {
                    return Outcome.cancelled("awaitCode");
                }
                try {
                    String text = codes.poll(20, TimeUnit.MILLISECONDS);
                    if (text != null) {
                        return Outcome.success(new ScannedCode(text, Instant.now()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Outcome.cancelled("awaitCode");
                }
            }
            return Outcome.timedOut("awaitCode", deadline.budget());
        }
    }

    /** A 社保卡 reader answering the outcomes the test queued (NO_CARD when none is queued). */
    public static final class SocialCardReader extends Base implements SocialSecurityCardReader {
        private final BlockingQueue<Outcome<SocialSecurityCard>> answers = new LinkedBlockingQueue<>();
        private final List<Consumer<CardEvent>> listeners = new CopyOnWriteArrayList<>();

        public SocialCardReader() {
            super("socialCardReader");
        }

        public void answer(Outcome<SocialSecurityCard> outcome) {
            answers.add(outcome);
        }

        public void event(CardEvent.Type type) {
            listeners.forEach(l -> l.accept(new CardEvent(type, Instant.now())));
        }

        private volatile RuntimeException bug;

        /** The next read throws {@code bug} (a driver bug) instead of answering. */
        public void throwOnNextRead(RuntimeException bug) {
            this.bug = bug;
        }

        @Override
        public Outcome<SocialSecurityCard> readCard(Deadline deadline, CancelToken cancel) {
            RuntimeException thrown = bug;
            if (thrown != null) {
                bug = null;
                throw thrown;
            }
            Outcome<SocialSecurityCard> next = answers.poll();
            return next != null ? next : Outcome.deviceError("NO_CARD", "no card in the reader");
        }

        @Override
        public AutoCloseable onCardEvent(Consumer<CardEvent> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }

    /** A camera whose frames the test pushes with {@link #frame(int)}, and whose still is a tiny JPEG. */
    public static final class TestCamera extends Base implements Camera {
        private final List<Consumer<Frame>> listeners = new CopyOnWriteArrayList<>();
        private volatile Outcome<Still> still = Outcome.success(new Still(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2,
                (byte) 0xFF, (byte) 0xD9}, 640, 480, Instant.EPOCH));
        private long sequence;

        public TestCamera() {
            super("camera");
        }

        /** Delivers a 64×48 frame of one grey level to every listener (as the driver's thread would). */
        public void frame(int grey) {
            int[] argb = new int[64 * 48];
            java.util.Arrays.fill(argb, 0xFF000000 | grey << 16 | grey << 8 | grey);
            Frame f = new Frame(64, 48, argb, ++sequence, Instant.now());
            listeners.forEach(l -> l.accept(f));
        }

        /** Delivers {@code frame} to every listener. */
        public void frame(Frame frame) {
            listeners.forEach(l -> l.accept(frame));
        }

        public int listeners() {
            return listeners.size();
        }

        public void stillOutcome(Outcome<Still> outcome) {
            still = outcome;
        }

        @Override
        public AutoCloseable onFrame(Consumer<Frame> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        @Override
        public Outcome<Still> capture(Deadline deadline, CancelToken cancel) {
            return still;
        }
    }
}
