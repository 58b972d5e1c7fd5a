package org.budayang.driver.escpos.emulator;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.link.EmulatedDevice;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer on the device end of a {@link Link}: decodes the byte stream into receipts
 * ({@link PrintedReceipt}), answers {@code DLE EOT n} at once and {@code GS r 1} after the data before it, and
 * can be told what state it is in: paper low / out / ok, cover open, cutter error, silent, slow, garbage
 * answers, and "paper runs out after N bytes of the next job".
 *
 * <p>Like a real printer it has a print buffer: while it cannot print (paper out, cover open, cutter error) the
 * commands wait in the buffer and real-time commands are still answered; when the cause is cleared it prints what
 * waited, unless {@code DLE ENQ 2} cleared the buffer first (what was half printed comes off TORN).
 */
public final class PrinterEmulator implements EmulatedDevice {
    private static final Logger LOG = LoggerFactory.getLogger(PrinterEmulator.class);
    private static final Duration READ_SLICE = Duration.ofMillis(50);

    /** The paper roll as the sensors see it. */
    public enum PaperLevel { OK, LOW, OUT }

    private record Buffered(Command command, int bytes) {
    }

    private final TextEncoding encoding;
    private final int columns;
    private final Paper paper;
    private final EscPosDecoder decoder;
    private final ArrayDeque<Buffered> buffer = new ArrayDeque<>();
    private final List<PrintedReceipt> receipts = new ArrayList<>();
    private int keepAtMost = Integer.MAX_VALUE;
    private long receiptCount;
    private final List<Consumer<PrintedReceipt>> listeners = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    private PaperLevel paperLevel = PaperLevel.OK;
    private boolean coverOpen;
    private boolean cutterError;
    private boolean silent;
    private boolean garbageAnswers;
    private Duration slow = Duration.ZERO;
    private long paperOutAfter = -1;
    private long jobBytes = -1;
    private long bytesReceived;
    private final Object writeLock = new Object();
    private volatile Link link;
    private volatile boolean closed;

    public PrinterEmulator(TextEncoding encoding, int columns) {
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        if (columns != 32 && columns != 48) {
            throw new IllegalArgumentException("PrinterEmulator.columns must be 32 or 48, got " + columns);
        }
        this.columns = columns;
        this.paper = new Paper(encoding, columns, this::finished);
        this.decoder = new EscPosDecoder(this::received);
    }

    public TextEncoding encoding() {
        return encoding;
    }

    public int columns() {
        return columns;
    }

    /**
     * Serves {@code link} until it is lost or the emulator is closed: reads the driver's bytes, prints, answers.
     * A half-received command is forgotten when the link goes (the next driver starts afresh).
     */
    public void serve(Link served) {
        link = served;
        byte[] chunk = new byte[4096];
        try {
            while (!closed) {
                int n = served.read(chunk, 0, chunk.length, READ_SLICE);
                if (n == 0) {
                    continue;
                }
                long started = System.nanoTime();
                byte[] answer = receive(chunk, n);
                if (answer.length > 0) {
                    awaitSlow(started);
                    synchronized (writeLock) {
                        served.write(answer);
                    }
                }
            }
        } catch (LinkLostException lost) {
            LOG.debug("printer emulator: link lost: {}", lost.getMessage());
        } finally {
            synchronized (this) {
                decoder.reset();
                replies.reset();
            }
            link = null;
        }
    }

    /**
     * Takes {@code count} bytes as if they came over the wire (for in-process use without a link, e.g. the
     * encoding property tests) and returns the printer's answers to them.
     */
    public synchronized byte[] receive(byte[] data, int count) {
        if (silent) {
            return new byte[0];
        }
        bytesReceived += count;
        decoder.feed(data, 0, count);
        return takeReplies();
    }

    // ---- what the decoder found ----

    private void received(Command command, int bytes) {
        if (command instanceof Command.RealTimeStatus status) {
            reply(statusByte(status.n()));
        } else if (command instanceof Command.RealTimeRecover recover) {
            if (recover.n() == 2) {
                buffer.clear();
                paper.tear();
                jobBytes = -1;
            }
        } else {
            buffer.add(new Buffered(command, bytes));
            drain();
        }
    }

    /** Prints what waits in the buffer while the printer can print. */
    private void drain() {
        while (!buffer.isEmpty() && canPrint()) {
            Buffered next = buffer.peek();
            if (next.command() instanceof Command.Init && paperOutAfter >= 0 && jobBytes < 0) {
                jobBytes = 0; // the armed "paper runs out" counts from this job's start
            }
            boolean printData = !(next.command() instanceof Command.SensorStatus);
            if (printData && jobBytes >= 0 && paperOutAfter >= 0 && jobBytes + next.bytes() > paperOutAfter) {
                LOG.info("printer emulator: paper ran out {} bytes into the job", jobBytes);
                paperLevel = PaperLevel.OUT;
                paperOutAfter = -1;
                jobBytes = -1;
                return;
            }
            buffer.poll();
            if (printData && jobBytes >= 0) {
                jobBytes += next.bytes();
            }
            if (next.command() instanceof Command.SensorStatus sensor) {
                if (paperOutAfter >= 0 && jobBytes >= paperOutAfter) {
                    LOG.info("printer emulator: paper ran out right at the end of the job ({} bytes)", jobBytes);
                    paperLevel = PaperLevel.OUT;
                    paperOutAfter = -1;
                    jobBytes = -1;
                }
                reply(sensor.n() == 1 || sensor.n() == 49 ? sensorByte() : statusByte(4));
            } else {
                paper.apply(next.command());
            }
        }
    }

    private boolean canPrint() {
        return paperLevel != PaperLevel.OUT && !coverOpen && !cutterError;
    }

    private void finished(PrintedReceipt receipt) {
        receipts.add(receipt);
        receiptCount++;
        if (receipts.size() > keepAtMost) {
            receipts.subList(0, receipts.size() - keepAtMost).clear();
        }
        LOG.info("printer emulator: receipt {} came off ({}, {} pieces)", receipt.number(), receipt.cut(),
                receipt.pieces().size());
        for (Consumer<PrintedReceipt> listener : listeners) {
            try {
                listener.accept(receipt);
            } catch (RuntimeException e) {
                LOG.error("printer emulator: a receipt listener failed on receipt {}", receipt.number(), e);
            }
        }
    }

    private void reply(int value) {
        replies.write(garbageAnswers ? 0xFF : value);
    }

    private byte[] takeReplies() {
        byte[] answer = replies.toByteArray();
        replies.reset();
        return answer;
    }

    /** {@code DLE EOT n}: 1 printer, 2 offline cause, 3 error cause, 4 paper; each {@code 0xx1xx10}. */
    synchronized int statusByte(int n) {
        boolean out = paperLevel == PaperLevel.OUT;
        return 0x12 | switch (n) {
            case 1 -> out || coverOpen || cutterError ? 0x08 : 0;
            case 2 -> (coverOpen ? 0x04 : 0) | (out ? 0x20 : 0) | (cutterError ? 0x40 : 0);
            case 3 -> cutterError ? 0x08 : 0;
            case 4 -> (paperLevel == PaperLevel.LOW ? 0x0C : 0) | (out ? 0x60 : 0);
            default -> 0;
        };
    }

    /** {@code GS r 1}: near-end 0x03, paper end 0x0C. */
    private int sensorByte() {
        return (paperLevel == PaperLevel.LOW ? 0x03 : 0) | (paperLevel == PaperLevel.OUT ? 0x0C : 0);
    }

    private void awaitSlow(long startedNanos) {
        synchronized (this) {
            while (!closed) {
                long left = startedNanos + slow.toNanos() - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    // ---- the script ----

    /** Sets the paper level; paper back (OK or LOW) prints what waited in the buffer. */
    public void paper(PaperLevel level) {
        byte[] answer;
        synchronized (this) {
            paperLevel = Objects.requireNonNull(level, "level");
            drain();
            answer = takeReplies();
        }
        sendQuietly(answer);
    }

    public synchronized PaperLevel paperLevel() {
        return paperLevel;
    }

    public void coverOpen(boolean open) {
        byte[] answer;
        synchronized (this) {
            coverOpen = open;
            drain();
            answer = takeReplies();
        }
        sendQuietly(answer);
    }

    public void cutterError(boolean error) {
        byte[] answer;
        synchronized (this) {
            cutterError = error;
            drain();
            answer = takeReplies();
        }
        sendQuietly(answer);
    }

    /** A silent printer takes no data and answers nothing (powered off, cable still in). */
    public synchronized void silent(boolean on) {
        silent = on;
    }

    /** Every answer comes {@code delay} after the bytes that asked for it ({@link Duration#ZERO}: at once). */
    public synchronized void slow(Duration delay) {
        slow = Objects.requireNonNull(delay, "delay");
        notifyAll();
    }

    /** Answers 0xFF (not a status byte) instead of each status while on. */
    public synchronized void garbageAnswers(boolean on) {
        garbageAnswers = on;
    }

    /**
     * The paper runs out after {@code bytes} bytes of the next job (counted from its {@code ESC @}); when the job is
     * no longer than that, right after it (noticed at its {@code GS r 1}).
     */
    public synchronized void paperOutAfter(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("paperOutAfter: bytes must be >= 0, got " + bytes);
        }
        paperOutAfter = bytes;
        jobBytes = -1;
    }

    /** Sends bytes to the driver now, unasked (noise on the line). */
    public void sendUnasked(byte[] bytes) {
        sendQuietly(bytes.clone());
    }

    private void sendQuietly(byte[] bytes) {
        Link current = link;
        if (bytes.length == 0 || current == null) {
            return;
        }
        try {
            synchronized (writeLock) {
                current.write(bytes);
            }
        } catch (LinkLostException lost) {
            LOG.debug("printer emulator: could not send {} bytes: {}", bytes.length, lost.getMessage());
        }
    }

    public void onReceipt(Consumer<PrintedReceipt> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Every receipt that came off so far, in order (only the newest {@link #keepAtMost} of them when bounded). */
    public synchronized List<PrintedReceipt> receipts() {
        return List.copyOf(receipts);
    }

    /**
     * Keeps only the newest {@code count} receipts in memory (each holds its decoded pieces and images): an emulator
     * that runs for days (the demo, a 2,000-session soak) must not grow with every receipt. Unbounded by default,
     * as the tests compare {@link #receipts()} before and after.
     */
    public synchronized void keepAtMost(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("keepAtMost must be >= 1, was " + count);
        }
        keepAtMost = count;
        if (receipts.size() > count) {
            receipts.subList(0, receipts.size() - count).clear();
        }
    }

    /** How many receipts came off since the start, including those no longer kept. */
    public synchronized long receiptCount() {
        return receiptCount;
    }

    /** Waits until at least {@code count} receipts came off; returns them all. */
    public List<PrintedReceipt> awaitReceipts(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<PrintedReceipt> now = receipts();
            if (now.size() >= count || System.nanoTime() - end > 0) {
                return now;
            }
            Thread.sleep(5);
        }
    }

    /** Commands waiting in the print buffer. */
    public synchronized int buffered() {
        return buffer.size();
    }

    public synchronized long bytesReceived() {
        return bytesReceived;
    }

    /** One line for the console: paper, cover, cutter, silent, buffer, receipts. */
    public synchronized String describe() {
        return "paper " + paperLevel + ", cover " + (coverOpen ? "open" : "closed") + ", cutter "
                + (cutterError ? "ERROR" : "ok") + (silent ? ", SILENT" : "") + (garbageAnswers ? ", GARBAGE" : "")
                + (slow.isZero() ? "" : ", slow " + slow.toMillis() + " ms")
                + (paperOutAfter >= 0 ? ", paper runs out after " + paperOutAfter + " bytes of the next job" : "")
                + ", " + buffer.size() + " command(s) buffered, " + receipts.size() + " receipt(s), "
                + encoding.settingName() + " " + columns + " columns";
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            notifyAll();
        }
        Link current = link;
        if (current != null) {
            current.close();
        }
    }
}
