package org.budayang.driver.idcardsam;

import java.time.Duration;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;

/**
 * One command, one answer, over a {@link Link}: discards what is pending, writes the command frame,
 * then reads until a frame, the deadline, a quiet gap in the middle of an answer, or a cancel. The
 * cancel token and deadline are checked between reads of at most {@value #SLICE_MILLIS} ms. Used by
 * one thread at a time (the driver's operation lock).
 */
final class FrameChannel {
    static final int SLICE_MILLIS = 20;
    private static final Duration SLICE = Duration.ofMillis(SLICE_MILLIS);

    private final Link link;
    private final Duration quietGap;
    private final FrameScanner scanner = FrameScanner.responses();
    private final byte[] buffer = new byte[4096];

    /**
     * @param quietGap how long the line may stay silent in the middle of an answer before it counts as cut
     */
    FrameChannel(Link link, Duration quietGap) {
        this.link = link;
        this.quietGap = quietGap;
    }

    Link link() {
        return link;
    }

    Exchange exchange(Command command, Deadline deadline, CancelToken cancel) throws LinkLostException {
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
            while (scan instanceof Scan.Refused refused && refused.problem() == FrameProblem.BAD_LENGTH) {
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

    private Exchange silence(Command command, long started, Deadline deadline, long received) {
        if (received > 0) {
            return new Exchange.Truncated(command, received + " bytes received but no complete answer when the"
                    + " deadline (" + deadline.budget().toMillis() + " ms) passed");
        }
        return new Exchange.NoAnswer(command, Duration.ofNanos(System.nanoTime() - started));
    }

    void close() {
        link.close();
    }
}
