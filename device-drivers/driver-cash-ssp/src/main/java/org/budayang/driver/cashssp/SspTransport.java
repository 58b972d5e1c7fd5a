package org.budayang.driver.cashssp;

import java.time.Duration;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;

/**
 * The host's side of SSP over a {@link Link}: sends a command with the current sequence bit and waits for the reply
 * that echoes it; without a valid reply within the reply timeout it sends <em>the same packet</em> again (same
 * sequence bit, so a device that did execute it answers from its last reply instead of executing it twice), up to
 * {@code resends} times. The sequence bit flips after each good reply; {@link #sync()} sets it to 1.
 *
 * <p>An exchange that ended without a reply leaves the channel out of step (the device may or may not have executed
 * the packet): the next exchange first lets the line go quiet and SYNCs, so a new command is never mistaken for a
 * repeat of the abandoned one. Used by one thread at a time (the driver's operation gate).
 */
final class SspTransport {
    static final int SLICE_MILLIS = 20;
    static final int SETTLE_MILLIS = 50;

    private final Link link;
    private final int address;
    private final Duration replyTimeout;
    private final int resends;
    private final PacketScanner scanner = new PacketScanner();
    private final byte[] buffer = new byte[1024];
    private boolean sequence = true;
    private boolean outOfStep = true;
    private long packetsSent;
    private long resent;

    SspTransport(Link link, int address, Duration replyTimeout, int resends) {
        this.link = link;
        this.address = address;
        this.replyTimeout = replyTimeout;
        this.resends = resends;
    }

    Link link() {
        return link;
    }

    /** Whether the next command must be preceded by a SYNC (after a lost exchange, and at first). */
    boolean outOfStep() {
        return outOfStep;
    }

    /** How many packets went out, and how many of them were resends (for technicians and the bench). */
    long packetsSent() {
        return packetsSent;
    }

    long resent() {
        return resent;
    }

    /** SYNC with the sequence bit set; on its reply the channel is in step and the next command goes with bit 0. */
    Exchange sync(Deadline deadline, CancelToken cancel) throws LinkLostException {
        settle(deadline, cancel);
        sequence = true;
        return send(SspCommand.SYNC.data(), deadline, cancel);
    }

    /** Sends {@code data} (a command and its parameters) and waits for the reply, resending as needed. */
    Exchange exchange(byte[] data, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return send(data, deadline, cancel);
    }

    private Exchange send(byte[] data, Deadline deadline, CancelToken cancel) throws LinkLostException {
        byte[] wire = new SspPacket(sequence, address, data).encode();
        long started = System.nanoTime();
        int sends = 0;
        while (sends <= resends) {
            if (cancel.isCancelled()) {
                outOfStep = true;
                return new Exchange.Cancelled();
            }
            if (deadline.expired()) {
                break;
            }
            link.discardInput();
            scanner.clear();
            link.write(wire);
            packetsSent++;
            if (sends > 0) {
                resent++;
            }
            sends++;
            Exchange reply = awaitReply(deadline.atMost(replyTimeout), cancel, sends);
            if (reply instanceof Exchange.Reply) {
                sequence = !sequence;
                outOfStep = false;
                return reply;
            }
            if (reply instanceof Exchange.Cancelled) {
                outOfStep = true;
                return reply;
            }
        }
        outOfStep = true;
        return new Exchange.NoReply(sends, Duration.ofNanos(System.nanoTime() - started), sends > resends);
    }

    private Exchange awaitReply(Deadline wait, CancelToken cancel, int sends) throws LinkLostException {
        Duration slice = Duration.ofMillis(SLICE_MILLIS);
        while (!wait.expired()) {
            if (cancel.isCancelled()) {
                return new Exchange.Cancelled();
            }
            Duration left = wait.remaining();
            int n = link.read(buffer, 0, buffer.length, left.compareTo(slice) < 0 ? left : slice);
            if (n > 0) {
                scanner.feed(buffer, 0, n);
            }
            for (PacketScanner.Scan scan = scanner.next(); !(scan instanceof PacketScanner.NeedMore);
                 scan = scanner.next()) {
                if (scan instanceof PacketScanner.Found found && found.packet().sequence() == sequence
                        && found.packet().address() == address) {
                    return new Exchange.Reply(found.packet(), sends);
                }
                // a refused packet, or a late reply of another sequence: keep listening until the timeout
            }
        }
        return new Exchange.NoReply(sends, Duration.ZERO, false);
    }

    /** Drops bytes until the line has been quiet for {@value #SETTLE_MILLIS} ms (late replies to abandoned packets). */
    private void settle(Deadline deadline, CancelToken cancel) throws LinkLostException {
        long quietSince = System.nanoTime();
        long settle = Duration.ofMillis(SETTLE_MILLIS).toNanos();
        while (!cancel.isCancelled() && !deadline.expired()) {
            long quiet = System.nanoTime() - quietSince;
            if (quiet >= settle) {
                break;
            }
            Duration wait = Duration.ofNanos(settle - quiet);
            Duration remaining = deadline.remaining();
            if (link.read(buffer, 0, buffer.length, wait.compareTo(remaining) < 0 ? wait : remaining) > 0) {
                quietSince = System.nanoTime();
            }
        }
        scanner.clear();
    }

    void close() {
        link.close();
    }
}
