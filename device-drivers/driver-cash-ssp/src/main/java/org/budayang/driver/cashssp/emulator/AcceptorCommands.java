package org.budayang.driver.cashssp.emulator;

import java.util.List;
import org.budayang.driver.cashssp.ReplyCode;
import org.budayang.driver.cashssp.SetupInfo;
import org.budayang.driver.cashssp.SspCommand;
import org.budayang.driver.cashssp.SspEvent;
import org.budayang.driver.cashssp.SspPacket;

/**
 * What the emulated acceptor does with each new command (a resend is answered from the last reply before it gets
 * here), and the batch of events it repeats until EVENT_ACK. Called under the emulator's lock.
 */
final class AcceptorCommands {
    private static final long[] CHANNEL_YUAN = {1, 5, 10, 20, 50, 100};

    private final NoteMachine notes;
    private final boolean acknowledgedPolling;
    private final int maxProtocol;
    private final String currency;
    private List<SspEvent> unacked;

    AcceptorCommands(NoteMachine notes, boolean acknowledgedPolling, int maxProtocol, String currency) {
        this.notes = notes;
        this.acknowledgedPolling = acknowledgedPolling;
        this.maxProtocol = maxProtocol;
        this.currency = currency;
    }

    boolean eventsAwaitingAck() {
        return unacked != null;
    }

    /** Runs one new command; the reply's data. Called under this object's lock. */
    byte[] execute(SspPacket packet) {
        SspCommand command = SspCommand.of(packet.code()).orElse(null);
        if (command == null) {
            return code(ReplyCode.UNKNOWN_COMMAND);
        }
        long now = System.nanoTime();
        switch (command) {
            case SYNC, RESET -> {
                if (command == SspCommand.RESET) {
                    notes.reset();
                }
                return code(ReplyCode.OK);
            }
            case HOST_PROTOCOL_VERSION -> {
                return packet.length() != 2 ? code(ReplyCode.WRONG_PARAMETERS)
                        : code(packet.at(1) >= 6 && packet.at(1) <= maxProtocol ? ReplyCode.OK : ReplyCode.FAIL);
            }
            case SETUP_REQUEST -> {
                return SetupInfo.encode("0372", currency, maxProtocol, CHANNEL_YUAN);
            }
            case SET_CHANNEL_INHIBITS -> {
                if (packet.length() != 3) {
                    return code(ReplyCode.WRONG_PARAMETERS);
                }
                notes.inhibits(packet.at(1) | packet.at(2) << 8);
                return code(ReplyCode.OK);
            }
            case ENABLE, DISABLE -> {
                notes.enabled(command == SspCommand.ENABLE);
                return code(ReplyCode.OK);
            }
            case POLL -> {
                return SspEvent.reply(notes.step(now));
            }
            case POLL_WITH_ACK -> {
                if (!acknowledgedPolling) {
                    return code(ReplyCode.UNKNOWN_COMMAND);
                }
                if (unacked == null) {
                    List<SspEvent> events = notes.step(now);
                    unacked = events.isEmpty() ? null : events;
                    return SspEvent.reply(events);
                }
                return SspEvent.reply(unacked);
            }
            case EVENT_ACK -> {
                if (!acknowledgedPolling) {
                    return code(ReplyCode.UNKNOWN_COMMAND);
                }
                unacked = null;
                return code(ReplyCode.OK);
            }
            case REJECT_BANKNOTE -> {
                return code(notes.hostReject() ? ReplyCode.OK : ReplyCode.CANNOT_PROCESS);
            }
            case HOLD -> {
                return code(notes.hold(now) ? ReplyCode.OK : ReplyCode.CANNOT_PROCESS);
            }
            case LAST_REJECT_CODE -> {
                return new byte[] {(byte) ReplyCode.OK.code(), (byte) notes.lastRejectCode()};
            }
            case GET_COUNTERS -> {
                return counters();
            }
            default -> {
                return code(ReplyCode.UNKNOWN_COMMAND);
            }
        }
    }

    private byte[] counters() {
        long[] values = {notes.stacked(), 0, 0, 0, notes.rejected()};
        byte[] data = new byte[2 + 4 * values.length];
        data[0] = (byte) ReplyCode.OK.code();
        data[1] = (byte) values.length;
        for (int i = 0; i < values.length; i++) {
            for (int k = 0; k < 4; k++) {
                data[2 + 4 * i + k] = (byte) (values[i] >>> (8 * k));
            }
        }
        return data;
    }

    private static byte[] code(ReplyCode code) {
        return new byte[] {(byte) code.code()};
    }

}
