package org.budayang.driver.escpos;

import java.time.Duration;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;

/**
 * The status conversation with the printer over one link: the four real-time status requests and their replies
 * ({@code 0xx1xx10}), and the wait for the {@code GS r 1} reply that says the data before it was processed.
 * Bytes that are neither (line noise, a wrong baud rate) are skipped and counted. Reads wait in short slices so
 * that a cancel takes effect within about 20 ms.
 */
final class StatusWire {
    private static final Duration SLICE = Duration.ofMillis(20);

    /** How a status request ended. */
    sealed interface Reply {
        record Answer(PrinterStatus status) implements Reply { }
        record NoAnswer(Duration after, int invalidBytes, int validBytes) implements Reply { }
        record Cancelled() implements Reply { }
    }

    /** How the wait for a job's end ended. */
    sealed interface JobEnd {
        /** The printer processed the job; {@code sensor} is its {@code GS r 1} reply. */
        record Processed(int sensor) implements JobEnd { }
        /** The printer stopped in the middle (paper out, cover open, error): the real-time status says why. */
        record Stopped(PrinterStatus status, Duration after) implements JobEnd { }
        /** The printer stopped answering status requests. */
        record Silent(Reply.NoAnswer noAnswer) implements JobEnd { }
        /** The deadline passed while the printer was still busy with the job (and answering). */
        record Unfinished(Duration after) implements JobEnd { }
        record Cancelled() implements JobEnd { }
    }

    private final Link link;
    private final byte[] buffer = new byte[64];
    private boolean processedSeen;
    private int sensor;

    StatusWire(Link link) {
        this.link = link;
    }

    Link link() {
        return link;
    }

    /** Drops whatever arrived unasked (noise, late answers to an abandoned request). */
    void discardInput() throws LinkLostException {
        link.discardInput();
        processedSeen = false;
    }

    void write(byte[] bytes) throws LinkLostException {
        link.write(bytes);
    }

    /** Sends DLE EOT 1, 2, 3, 4 and reads the four replies. */
    Reply query(Deadline deadline, CancelToken cancel) throws LinkLostException {
        long start = System.nanoTime();
        link.write(EscPos.fullStatusRequest());
        int[] got = new int[4];
        int count = 0;
        int invalid = 0;
        while (count < 4) {
            if (cancel.isCancelled()) {
                return new Reply.Cancelled();
            }
            if (deadline.expired()) {
                return new Reply.NoAnswer(Duration.ofNanos(System.nanoTime() - start), invalid, count);
            }
            Duration wait = deadline.remaining().compareTo(SLICE) < 0 ? deadline.remaining() : SLICE;
            int n = link.read(buffer, 0, 4 - count, wait);
            for (int i = 0; i < n; i++) {
                int b = buffer[i] & 0xFF;
                if (EscPos.isStatusReply(b)) {
                    got[count++] = b;
                } else if (EscPos.isPaperSensorReply(b)) {
                    processedSeen = true;
                    sensor = b;
                } else {
                    invalid++;
                }
            }
        }
        return new Reply.Answer(new PrinterStatus(got[0], got[1], got[2], got[3]));
    }

    /**
     * After a job and its {@code GS r 1} were written: waits for the printer to have processed it, asking the
     * real-time status every {@code poll} so that paper running out in the middle is noticed.
     */
    JobEnd awaitProcessed(Deadline deadline, CancelToken cancel, Duration poll, Duration statusTimeout)
            throws LinkLostException {
        long start = System.nanoTime();
        long nextPoll = start + poll.toNanos();
        while (true) {
            if (processedSeen) {
                processedSeen = false;
                return new JobEnd.Processed(sensor);
            }
            if (cancel.isCancelled()) {
                return new JobEnd.Cancelled();
            }
            if (deadline.expired()) {
                return new JobEnd.Unfinished(Duration.ofNanos(System.nanoTime() - start));
            }
            if (System.nanoTime() - nextPoll >= 0) {
                Reply reply = query(deadline.atMost(statusTimeout), cancel);
                if (reply instanceof Reply.Cancelled) {
                    return new JobEnd.Cancelled();
                }
                if (reply instanceof Reply.NoAnswer none) {
                    if (processedSeen) {
                        continue; // a slow printer: the job's end came while the poll waited
                    }
                    return deadline.expired() ? new JobEnd.Unfinished(Duration.ofNanos(System.nanoTime() - start))
                            : new JobEnd.Silent(none);
                }
                PrinterStatus status = ((Reply.Answer) reply).status();
                if (status.blockingCode().isPresent() && !processedSeen) {
                    return new JobEnd.Stopped(status, Duration.ofNanos(System.nanoTime() - start));
                }
                nextPoll = System.nanoTime() + poll.toNanos();
                continue;
            }
            Duration wait = deadline.remaining().compareTo(SLICE) < 0 ? deadline.remaining() : SLICE;
            int n = link.read(buffer, 0, 1, wait);
            if (n == 1 && EscPos.isPaperSensorReply(buffer[0] & 0xFF)) {
                processedSeen = true;
                sensor = buffer[0] & 0xFF;
            }
        }
    }
}
