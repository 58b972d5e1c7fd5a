package org.budayang.kiosk.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.scanner.CodeScanner;
import org.budayang.driver.scanner.ScannedCode;
import org.budayang.kiosk.devices.DeviceCall;

/**
 * The kiosk's way to the QR code scanner: waits for the next code off the FX thread and hands it over through
 * the fx executor. Nothing of a code is logged but its kind and length.
 */
public final class ScannerAccess {
    /** How long the 医保电子凭证 screen waits for a code before it asks again. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    private final CodeScanner scanner;
    private final DeviceCall calls;
    private final Duration wait;

    /**
     * @param scanner the scanner, or null when the kiosk has none configured
     * @param wait    how long one wait for a code lasts
     */
    public ScannerAccess(CodeScanner scanner, Executor background, Executor fx, Duration wait) {
        this.scanner = scanner;
        this.calls = new DeviceCall("code scanner", background, fx);
        this.wait = Objects.requireNonNull(wait, "wait");
        if (wait.isZero() || wait.isNegative()) {
            throw new IllegalArgumentException("ScannerAccess.wait must be positive, got " + wait);
        }
    }

    /** A kiosk without a scanner: every wait fails with {@code NO_SCANNER}. */
    public static ScannerAccess none() {
        return new ScannerAccess(null, Runnable::run, Runnable::run, DEFAULT_WAIT);
    }

    public Optional<CodeScanner> scanner() {
        return Optional.ofNullable(scanner);
    }

    /** Waits off the FX thread for the next code; {@code done} gets the outcome through the fx executor. */
    public void awaitCode(CancelToken cancel, Consumer<Outcome<ScannedCode>> done) {
        Objects.requireNonNull(cancel, "cancel");
        if (scanner == null) {
            calls.deliver(() -> done.accept(Outcome.deviceError("NO_SCANNER", "no code scanner is configured")));
            return;
        }
        calls.run("awaitCode", () -> scanner.awaitCode(Deadline.in(wait), cancel), done);
    }
}
