package org.budayang.kiosk.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.budayang.driver.idcardsam.SamIdCardReader;
import org.budayang.driver.idcardsam.SamSettings;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.PipeLinks;

/**
 * The real {@code idcard-sam} driver against its emulator over an in-memory pipe (each open gets a
 * fresh pipe, like a cable), opened and enabled, for the identification tests. Demo card 1 is 张三
 * (620102195803150034), card 5 王小明 expired on 2022-02-03.
 */
public final class ReaderRig implements AutoCloseable {
    public static final int ZHANG_SAN = 1;
    public static final int EXPIRED_CARD = 5;
    public static final String ZHANG_SAN_ID = "620102195803150034";

    public final ReaderEmulator emulator = ReaderEmulator.withDemoCards(0);
    public final SamIdCardReader reader;

    public ReaderRig() throws LinkLostException {
        reader = new SamIdCardReader("idCardReader",
                new SamSettings(Duration.ofMillis(100), Duration.ofMillis(400), 2, false), () -> {
                    PipeLinks.Pair pair = PipeLinks.pair("pipe idcard");
                    emulator.start(pair.device());
                    return pair.host();
                }, Clock.systemUTC());
        reader.open();
        reader.enable();
    }

    /** Access with both executors the calling thread (ViewModel tests without the toolkit). */
    public IdCardAccess sameThread() {
        return access(Runnable::run, Runnable::run);
    }

    public IdCardAccess access(Executor background, Executor fx) {
        return new IdCardAccess(reader, background, fx, Duration.ofSeconds(3));
    }

    public static void await(String what, BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + timeout.toMillis() + " ms for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() {
        reader.close();
        emulator.close();
    }
}
