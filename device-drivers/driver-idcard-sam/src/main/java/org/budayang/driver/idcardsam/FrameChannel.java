package org.budayang.driver.idcardsam;

import java.time.Duration;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;

/**
 * One command, one answer, over a {@link Link}: discards what is pending, writes the command frame,
 * then reads until a frame, the deadline, a quiet gap in the middle of an answer, or a cancel. The
 * reader has the first-byte timeout (the command timeout) to start answering; once it answers, the
 * answer may take as long as the line needs (1295 bytes take 1.35 s at 9600 baud) as long as bytes keep
 * coming and the caller's deadline allows. The cancel token and deadline are checked between reads of
 * at most {@value #SLICE_MILLIS} ms.
 *
 * <p>The protocol has no sequence numbers, so an answer that was still on its way when an exchange gave
 * up (timed out, cut, corrupt, cancelled) would be taken for the answer to the next command. After such
 * an exchange the next one first lets the line settle: it drops bytes until the line has been quiet for
 * {@value #SETTLE_MILLIS} ms; and an answer that cannot belong to the command sent (card found, to
 * anything but find card) is skipped. Used by one thread at a time (the driver's operation lock).
 */
final class FrameChannel {
    static final int SLICE_MILLIS = 20;
    static final int SETTLE_MILLIS = 50;
    private static final Duration SLICE = Duration.ofMillis(SLICE_MILLIS);

    private final Link link;
    private final Duration firstByte;
    private final Duration quietGap;
    private final FrameScanner scanner = FrameScanner.responses();
    private final byte[] buffer = new byte[4096];
    private boolean unsettled;

    /**
     * @param firstByte how long the reader has to start answering before the exchange is {@code NoAnswer}
     * @param quietGap  how long the line may stay silent in the middle of an answer before it counts as cut
     */
    FrameChannel(Link link, Duration firstByte, Duration quietGap) {
        this.link = link;
        this.firstByte = firstByte;
        this.quietGap = quietGap;
    }

    Link link() {
        return link;
    }

    /**
     * Sends {@code command} and waits for its answer.
     *
     * @param deadline the caller's limit for the whole exchange (the first byte must also come within the
     *                 first-byte timeout)
     */
    Exchange exchange(Command command, Deadline deadline, CancelToken cancel) throws LinkLostException {
        Exchange exchange = exchangeOnce(command, deadline, cancel);
        unsettled = !(exchange instanceof Exchange.Answer);
        return exchange;
    }

    private Exchange exchangeOnce(Command command, Deadline deadline, CancelToken cancel) throws LinkLostException {
        if (unsettled) {
            settle(deadline, cancel);
        }
        link.discardInput();
        scanner.clear();
        long started = System.nanoTime();
        link.write(command.frame());
        long lastByte = 0;
        long received = 0;
        while (true) {
            if (cancel.isCancelled()) {
                return new Exchange.Cancelled(command);
            }
            Duration remaining = deadline.remaining();
            if (received == 0) {
                Duration toFirstByte = firstByte.minusNanos(System.nanoTime() - started);
                if (toFirstByte.isNegative() || toFirstByte.isZero()) {
                    return new Exchange.NoAnswer(command, Duration.ofNanos(System.nanoTime() - started));
                }
                remaining = toFirstByte.compareTo(remaining) < 0 ? toFirstByte : remaining;
            }
            if (remaining.isZero()) {
                return silence(command, started, deadline, received);
            }
            int n = link.read(buffer, 0, buffer.length, remaining.compareTo(SLICE) < 0 ? remaining : SLICE);
            if (n > 0) {
                lastByte = System.nanoTime();
                received += n;
                scanner.feed(buffer, 0, n);
            }
            Scan scan = scanner.next();
            while (scan instanceof Scan.Refused refused && refused.problem() == FrameProblem.BAD_LENGTH
                    || scan instanceof Scan.Frame stale && isLate(command, stale)) {
                scan = scanner.next();
            }
            if (scan instanceof Scan.Frame frame) {
                try {
                    Response response = Response.parse(frame.payload());
                    response.requireStatus();
                    return new Exchange.Answer(command, response);
                } catch (SamProtocolException corrupt) {
                    return new Exchange.Corrupt(command, corrupt);
                }
            }
            if (scan instanceof Scan.Refused refused) {
                return refused.problem() == FrameProblem.TRUNCATED
                        ? new Exchange.Truncated(command, refused.detail())
                        : new Exchange.Corrupt(command, refused.toException());
            }
            if (n == 0 && received > 0 && System.nanoTime() - lastByte > quietGap.toNanos()) {
                return new Exchange.Truncated(command, received + " bytes received but no complete answer, then "
                        + quietGap.toMillis() + " ms of silence");
            }
        }
    }

    /**
     * Whether {@code frame} is the late answer to an earlier find card rather than an answer to
     * {@code command}: only find card is ever answered SW3 0x9F (card found).
     */
    private static boolean isLate(Command command, Scan.Frame frame) {
        byte[] payload = frame.payload();
        return command != Command.FIND_CARD && payload.length >= 3 && (payload[2] & 0xFF) == Sw3.CARD_FOUND.code();
    }

    private Exchange silence(Command command, long started, Deadline deadline, long received) {
        if (received > 0) {
            return new Exchange.Truncated(command, received + " bytes received but no complete answer when the"
                    + " deadline (" + deadline.budget().toMillis() + " ms) passed");
        }
        return new Exchange.NoAnswer(command, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Drops bytes until the line has been quiet for {@value #SETTLE_MILLIS} ms (or the deadline or a cancel). */
    private void settle(Deadline deadline, CancelToken cancel) throws LinkLostException {
        long quietSince = System.nanoTime();
        long settle = Duration.ofMillis(SETTLE_MILLIS).toNanos();
        while (!cancel.isCancelled() && !deadline.expired()) {
            long quiet = System.nanoTime() - quietSince;
            if (quiet >= settle) {
                return;
            }
            Duration wait = Duration.ofNanos(settle - quiet);
            Duration remaining = deadline.remaining();
            if (link.read(buffer, 0, buffer.length, wait.compareTo(remaining) < 0 ? wait : remaining) > 0) {
                quietSince = System.nanoTime();
            }
        }
    }

    void close() {
        link.close();
    }
}
