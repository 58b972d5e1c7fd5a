package org.budayang.driver.pcscsscard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.smartcardio.CardTerminals;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.Health;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.sscard.SocialSecurityCardReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A PC/SC service that hangs while a context is established (jcardsim's terminals behind a gate): the reader's
 * open and enable give up after their limit without blocking the caller, and the context the late call opened
 * is released when it finally answers.
 */
class HungServiceTest {
    private static final long OPEN_LIMIT_MS = 3000;

    /** jcardsim's terminals; {@link #open()} waits while hung and counts contexts opened and released. */
    private static final class HangingSource implements TerminalSource {
        private final SimCard sim = SimCard.of(CardImage.lanzhou());
        private volatile CountDownLatch hung = new CountDownLatch(0);
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger released = new AtomicInteger();
        final List<String> openedOn = new CopyOnWriteArrayList<>();

        void hang() {
            hung = new CountDownLatch(1);
        }

        void answer() {
            hung.countDown();
        }

        @Override
        public CardTerminals open() {
            openedOn.add(Thread.currentThread().getName());
            try {
                hung.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            opened.incrementAndGet();
            return sim.terminals;
        }

        @Override
        public void release(CardTerminals terminals) {
            released.incrementAndGet();
        }

        @Override
        public String describe() {
            return "hanging PC/SC";
        }
    }

    private final HangingSource source = new HangingSource();
    private SocialSecurityCardReader reader;

    @AfterEach
    void close() {
        source.answer();
        if (reader != null) {
            reader.close();
        }
    }

    private SocialSecurityCardReader create() {
        DriverSettings settings = DriverSettings.of("socialCardReader", Map.of("reader", SimCard.READER));
        return (SocialSecurityCardReader) new PcscSocialSecurityCardReaderProvider(source)
                .create(new DriverContext("socialCardReader", settings, Clock.systemUTC()));
    }

    private static void await(AtomicInteger count, int expected) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (count.get() < expected && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertEquals(expected, count.get());
    }

    @Test
    void anOpenThatAnswersAfterItsLimitHasItsContextReleased() throws Exception {
        reader = create();
        source.hang();
        long start = System.nanoTime();
        LinkLostException lost = assertThrows(LinkLostException.class, reader::open);
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took >= OPEN_LIMIT_MS && took < OPEN_LIMIT_MS + 2000, "open gave up after " + took + " ms");
        assertTrue(lost.getMessage().contains("did not answer within 3000 ms"), lost.getMessage());
        assertEquals(Health.OFFLINE, reader.status().health());
        assertEquals(0, source.released.get(), "nothing opened yet");

        source.answer(); // the late call opens a context; nobody holds it but the worker's close action
        await(source.opened, 1);
        await(source.released, 1);
    }

    @Test
    void enableOpensItsContextOnTheWorkerAndReleasesALateOne() throws Exception {
        reader = create();
        reader.open();
        assertEquals(1, source.opened.get());
        source.hang();
        long start = System.nanoTime();
        LinkLostException lost = assertThrows(LinkLostException.class, reader::enable);
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took >= OPEN_LIMIT_MS && took < OPEN_LIMIT_MS + 2000, "enable gave up after " + took + " ms");
        assertTrue(lost.getMessage().contains("enable: hanging PC/SC did not answer"), lost.getMessage());
        assertEquals(2, source.openedOn.size());
        assertTrue(source.openedOn.get(1).startsWith("pcsc-sscard "),
                "enable's context is opened on the session's worker, not on " + source.openedOn.get(1));

        source.answer();
        await(source.opened, 2);
        await(source.released, 1); // the late context; the session's own is released at close
        reader.close();
        await(source.released, 2);
    }
}
