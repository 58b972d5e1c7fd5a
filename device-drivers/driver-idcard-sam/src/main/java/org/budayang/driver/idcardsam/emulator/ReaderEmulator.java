package org.budayang.driver.idcardsam.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcardsam.Command;
import org.budayang.driver.idcardsam.FrameScanner;
import org.budayang.driver.idcardsam.ReadFrames;
import org.budayang.driver.idcardsam.Response;
import org.budayang.driver.idcardsam.SamId;
import org.budayang.driver.idcardsam.Scan;
import org.budayang.driver.idcardsam.Sw3;
import org.budayang.driver.link.EmulatedDevice;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device side of the SAM protocol: an ID card reader with a SAM module, over any {@link Link}
 * (a socat pty, a socket, an in-memory pipe). It answers every command of protocols/idcard-sam.md from
 * its current state, and is scriptable: place / remove a card, cut the next read answer in the middle
 * (card removed mid-frame), a bad checksum or an unknown-command answer next, random garbage before
 * the next answer, failing reads, slow answers, silence, a failed SAM, and pacing of the bytes at the
 * line's baud rate (1295 bytes ≈ 112 ms at 115200) so that a demo feels like a real reader.
 *
 * <p>Its state outlives links: {@link #serve(Link)} runs until that link is lost, and may be called
 * again with a new link (a replugged cable, the next TCP client).
 */
public final class ReaderEmulator implements EmulatedDevice {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderEmulator.class);
    private static final Duration READ_SLICE = Duration.ofMillis(100);
    private static final int PACE_CHUNK = 32;
    private static final long DELAY_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final byte[] SAM_ID = SamId.encode(5, 1, 20240101, 1234, 987654321);

    private final List<IdCard> cards;
    private final int baud;
    private final EmulatorScript script = new EmulatorScript();
    private final Map<Command, Integer> received = new EnumMap<>(Command.class);
    private final Random garbage = new Random(42);
    private final List<Thread> threads = new ArrayList<>();
    private final List<Link> serving = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /**
     * @param cards the cards {@link #place(int)} can put on the reader (demo cards first, then generated ones)
     * @param baud  the line's baud rate, for pacing
     */
    public ReaderEmulator(List<IdCard> cards, int baud) {
        Objects.requireNonNull(cards, "cards");
        if (baud < 1200 || baud > 921_600) {
            throw new IllegalArgumentException("ReaderEmulator.baud must be 1200..921600, got " + baud);
        }
        this.cards = List.copyOf(cards);
        this.baud = baud;
    }

    /** The six demo citizens and {@code generated} synthetic Gansu cards, at 115200 baud. */
    public static ReaderEmulator withDemoCards(int generated) {
        List<IdCard> all = new ArrayList<>(DemoCards.all());
        all.addAll(GeneratedCards.generate(generated, 2026, java.time.LocalDate.now()));
        return new ReaderEmulator(all, 115_200);
    }

    public List<IdCard> cards() {
        return cards;
    }

    // ---- scripting ----

    /** Puts card {@code number} (1-based, as the console lists them) on the reader. */
    public void place(int number) {
        if (number < 1 || number > cards.size()) {
            throw new IllegalArgumentException("card number " + number + " is outside 1.." + cards.size());
        }
        script.place(cards.get(number - 1));
    }

    public void place(IdCard card) {
        script.place(Objects.requireNonNull(card, "card"));
    }

    public void remove() {
        script.remove();
    }

    public Optional<IdCard> card() {
        return script.card();
    }

    /** The next read answer is cut in the middle and the card taken away at that moment. */
    public void removeMidNextRead() {
        script.cutNextRead();
    }

    /** The next answer goes out with a wrong checksum. */
    public void badChecksumOnNextAnswer() {
        script.badChecksumNext();
    }

    /** The next command is answered SW3 0x21 (command error), whatever it was. */
    public void unknownCommandOnNextAnswer() {
        script.unknownCommandNext();
    }

    /** {@code bytes} random bytes go out before the next answer. */
    public void garbageBeforeNextAnswer(int bytes) {
        script.garbageNext(bytes);
    }

    /** The next {@code count} read commands are answered with {@code status} (e.g. 0x41 read failed). */
    public void failNextReads(int count, Sw3 status) {
        script.failReads(count, status);
    }

    /** While silent the emulator reads commands and answers none (a hung or unpowered reader). */
    public void silent(boolean silent) {
        script.silent(silent);
    }

    /** Every answer waits {@code delay} before it is sent; a shorter delay also ends a wait under way. */
    public void slow(Duration delay) {
        script.delay(Objects.requireNonNull(delay, "delay"));
    }

    /** Whether answers are paced at the baud rate (10 bits per byte). */
    public void pace(boolean paced) {
        script.paced(paced);
    }

    public boolean paced() {
        return script.paced();
    }

    /** What the SAM status command answers (0x90 normally; 0x60 self-test failed, 0x66 not authorized). */
    public void samStatus(Sw3 status) {
        script.samStatus(Objects.requireNonNull(status, "status"));
    }

    /** How many times a command was received (with a valid frame). */
    public synchronized int received(Command command) {
        return received.getOrDefault(command, 0);
    }

    // ---- serving ----

    /** Serves {@code link} on a new daemon thread until the link is lost or the emulator closed. */
    public Thread start(Link link) {
        CountDownLatch running = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            running.countDown();
            serve(link);
        }, "idcard-emulator " + link.describe());
        thread.setDaemon(true);
        synchronized (threads) {
            threads.add(thread);
        }
        thread.start();
        try {
            running.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thread;
    }

    /** Serves {@code link} on this thread until it is lost or the emulator closed. */
    public void serve(Link link) {
        FrameScanner scanner = FrameScanner.commands();
        byte[] buffer = new byte[512];
        serving.add(link);
        try {
            while (!closed) {
                int n = link.read(buffer, 0, buffer.length, READ_SLICE);
                if (n == 0) {
                    continue;
                }
                scanner.feed(buffer, 0, n);
                for (Scan scan = scanner.next(); !(scan instanceof Scan.NeedMore); scan = scanner.next()) {
                    answer(link, scan);
                }
            }
        } catch (LinkLostException lost) {
            LOG.info("ID card emulator stops serving {}: {}", link.describe(), lost.getMessage());
        } finally {
            serving.remove(link);
        }
    }

    private void answer(Link link, Scan scan) throws LinkLostException {
        byte[] frame;
        boolean isRead = false;
        if (scan instanceof Scan.Refused refused) {
            switch (refused.problem()) {
                case BAD_CHECKSUM -> frame = Response.frame(Sw3.CHECKSUM_ERROR, new byte[0]);
                case BAD_LENGTH -> frame = Response.frame(Sw3.LENGTH_ERROR, new byte[0]);
                default -> {
                    return;
                }
            }
        } else {
            byte[] payload = ((Scan.Frame) scan).payload();
            Optional<Command> command = payload.length == 2 ? Command.of(payload[0] & 0xFF, payload[1] & 0xFF)
                    : Optional.empty();
            command.ifPresent(this::count);
            if (command.isEmpty() || script.takeUnknownCommand()) {
                frame = Response.frame(Sw3.COMMAND_ERROR, new byte[0]);
            } else {
                isRead = command.get() == Command.READ_TEXT_PHOTO
                        || command.get() == Command.READ_TEXT_PHOTO_FINGERPRINT;
                frame = respond(command.get());
            }
        }
        send(link, frame, isRead && script.card().isPresent() && frame.length > 100 && script.takeCutNextRead());
    }

    private synchronized void count(Command command) {
        received.merge(command, 1, Integer::sum);
    }

    private byte[] respond(Command command) {
        Optional<IdCard> card = script.card();
        switch (command) {
            case RESET_SAM:
                return Response.frame(Sw3.SUCCESS, new byte[0]);
            case SAM_STATUS:
                return Response.frame(script.samStatus(), new byte[0]);
            case SAM_ID:
                return Response.frame(Sw3.SUCCESS, SAM_ID);
            case FIND_CARD:
                return card.isPresent() ? Response.frame(Sw3.CARD_FOUND, new byte[4]) : Response.frame(Sw3.NO_CARD,
                        new byte[0]);
            case SELECT_CARD:
                return card.isPresent() ? Response.frame(Sw3.SUCCESS, new byte[8])
                        : Response.frame(Sw3.SELECT_FAILED, new byte[0]);
            case READ_NEW_ADDRESS:
                return Response.frame(card.isPresent() ? Sw3.ITEM_EMPTY : Sw3.READ_FAILED, new byte[0]);
            default:
                if (card.isEmpty()) {
                    return Response.frame(Sw3.READ_FAILED, new byte[0]);
                }
                Optional<Sw3> failure = script.takeReadFailure();
                if (failure.isPresent()) {
                    return Response.frame(failure.get(), new byte[0]);
                }
                return Response.frame(Sw3.SUCCESS, ReadFrames.encode(card.get(),
                        command == Command.READ_TEXT_PHOTO_FINGERPRINT));
        }
    }

    private void send(Link link, byte[] frame, boolean cutMidFrame) throws LinkLostException {
        if (script.silent()) {
            return;
        }
        waitTheDelay();
        int garbageBytes = script.takeGarbage();
        if (garbageBytes > 0) {
            byte[] noise = new byte[garbageBytes];
            synchronized (garbage) {
                garbage.nextBytes(noise);
            }
            for (int i = 0; i < noise.length; i++) {
                if (noise[i] == (byte) 0xAA) {
                    noise[i] = 0x55;
                }
            }
            write(link, noise);
        }
        if (script.takeBadChecksum()) {
            frame = frame.clone();
            frame[frame.length - 1] ^= 0x5A;
        }
        if (cutMidFrame) {
            byte[] half = new byte[frame.length / 2];
            System.arraycopy(frame, 0, half, 0, half.length);
            write(link, half);
            script.remove();
            return;
        }
        write(link, frame);
    }

    private void write(Link link, byte[] bytes) throws LinkLostException {
        if (!script.paced()) {
            link.write(bytes);
            return;
        }
        // Each chunk goes out when its last byte would have left a real reader's UART.
        long nanosPerByte = 10_000_000_000L / baud;
        long start = System.nanoTime();
        for (int from = 0; from < bytes.length; from += PACE_CHUNK) {
            int to = Math.min(bytes.length, from + PACE_CHUNK);
            sleep(start + to * nanosPerByte - System.nanoTime());
            byte[] chunk = new byte[to - from];
            System.arraycopy(bytes, from, chunk, 0, chunk.length);
            link.write(chunk);
        }
    }

    /** Waits the scripted delay, re-reading it in short slices so that {@code slow 0} takes effect at once. */
    private void waitTheDelay() {
        long start = System.nanoTime();
        while (!closed) {
            long left = script.delay().toNanos() - (System.nanoTime() - start);
            if (left <= 0) {
                return;
            }
            sleep(Math.min(left, DELAY_SLICE_NANOS));
        }
    }

    /**
     * Sends {@code bytes} now, unasked, on every link being served (noise on the line, a reader that babbles);
     * does nothing when no link is served.
     */
    public void sendUnasked(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        for (Link link : serving) {
            try {
                write(link, bytes.clone());
            } catch (LinkLostException lost) {
                LOG.debug("ID card emulator could not send unasked bytes on {}: {}", link.describe(), lost.getMessage());
            }
        }
    }

    private static void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops serving (links are closed by whoever opened them). */
    @Override
    public void close() {
        closed = true;
        List<Thread> running;
        synchronized (threads) {
            running = List.copyOf(threads);
        }
        for (Thread thread : running) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
