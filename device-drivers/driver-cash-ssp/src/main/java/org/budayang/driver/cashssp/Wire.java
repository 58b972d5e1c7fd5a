package org.budayang.driver.cashssp;

import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * Commands over the {@link SspTransport} with their effect on the status: SYNC first when the channel is out of step,
 * ONLINE again on any reply, OFFLINE when a packet went out all its sends without a reply, and a lost link recorded.
 */
final class Wire {
    private final SspTransport transport;
    private final CashBoard board;

    Wire(SspTransport transport, CashBoard board) {
        this.transport = transport;
        this.board = board;
    }

    SspTransport transport() {
        return transport;
    }

    Exchange send(SspCommand command, byte[] data, Deadline deadline, CancelToken cancel) throws LinkLostException {
        try {
            if (transport.outOfStep()) {
                Exchange sync = transport.sync(deadline, cancel);
                if (!(sync instanceof Exchange.Reply)) {
                    note(SspCommand.SYNC, sync);
                    return sync;
                }
                board.answered();
            }
            Exchange exchange = transport.exchange(data, deadline, cancel);
            note(command, exchange);
            return exchange;
        } catch (LinkLostException lost) {
            board.linkLost(lost.getMessage());
            throw lost;
        }
    }

    Exchange send(SspCommand command, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return send(command, command.data(), deadline, cancel);
    }

    /** Sends and requires an OK reply; the failure as an outcome naming {@code operation}. */
    Outcome<SspPacket> ok(String operation, SspCommand command, byte[] data, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        Exchange exchange = send(command, data, deadline, cancel);
        if (exchange instanceof Exchange.Reply reply && reply.ok()) {
            return Outcome.success(reply.packet());
        }
        return failed(operation, command, exchange);
    }

    static <T> Outcome<T> failed(String operation, SspCommand command, Exchange exchange) {
        if (exchange instanceof Exchange.Cancelled) {
            return Outcome.cancelled(operation);
        }
        if (exchange instanceof Exchange.NoReply none) {
            return Outcome.timedOut(operation + ": no reply to " + command + " after " + none.sends() + " send(s)",
                    none.after());
        }
        SspPacket reply = ((Exchange.Reply) exchange).packet();
        ReplyCode code = ReplyCode.of(reply.code());
        return Outcome.deviceError("SSP_" + code.name(), command + " answered " + ReplyCode.describe(reply.code())
                + (reply.length() > 1 ? ", data " + reply.dataHex() : ""));
    }

    private void note(SspCommand command, Exchange exchange) {
        if (exchange instanceof Exchange.Reply) {
            board.answered();
        } else if (exchange instanceof Exchange.NoReply none && none.exhausted()) {
            board.noReply(command, none.sends(), none.after().toMillis());
        }
    }
}
