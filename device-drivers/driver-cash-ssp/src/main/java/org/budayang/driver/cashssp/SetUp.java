package org.budayang.driver.cashssp;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * The open handshake: SYNC, HOST_PROTOCOL_VERSION, SETUP_REQUEST, all channels inhibited, DISABLE. Never EVENT_ACK:
 * an acknowledgement sent blindly would make the acceptor drop a batch of events nobody has counted. No reply at all is a lost link (the supervisor retries); a reply that
 * refuses is a lost link too, named; another currency than configured is a configuration error.
 */
final class SetUp {
    /** What the handshake learnt. */
    record Result(Map<Integer, Denomination> channels, String identity) {
    }

    private final Wire wire;
    private final SspSettings settings;
    private final CashBoard board;
    private final String role;

    SetUp(Wire wire, SspSettings settings, CashBoard board, String role) {
        this.wire = wire;
        this.settings = settings;
        this.board = board;
        this.role = role;
    }

    void run(Consumer<Result> done) throws LinkLostException {
        require(SspCommand.HOST_PROTOCOL_VERSION, SspCommand.HOST_PROTOCOL_VERSION.data(settings.protocolVersion()),
                "protocol version " + settings.protocolVersion() + " refused: set protocolVersion to one the"
                        + " acceptor's firmware speaks (6..8)");
        SspPacket setupReply = require(SspCommand.SETUP_REQUEST, SspCommand.SETUP_REQUEST.data(), "setup refused");
        SetupInfo setup;
        try {
            setup = SetupInfo.parse(setupReply);
        } catch (SspProtocolException bad) {
            throw lost("SETUP_REQUEST reply unreadable: " + bad.getMessage());
        }
        if (!setup.currency().equals(settings.currency())) {
            throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID, role,
                    SspSettings.CURRENCY, settings.currency(), "the acceptor's currency " + setup.currency()
                    + " (fit a " + settings.currency() + " note set, or configure the currency it has)");
        }
        Map<Integer, Denomination> channels = new TreeMap<>();
        StringBuilder ignored = new StringBuilder();
        setup.channelFen().forEach((channel, fen) -> {
            Optional<Denomination> note = Denomination.ofFen(fen);
            if (note.isPresent()) {
                channels.put(channel, note.get());
            } else {
                ignored.append(ignored.length() == 0 ? "" : ", ").append("channel ").append(channel).append(" = ")
                        .append(fen).append(" fen");
            }
        });
        require(SspCommand.SET_CHANNEL_INHIBITS, SspCommand.SET_CHANNEL_INHIBITS.data(0, 0), "inhibits refused");
        require(SspCommand.DISABLE, SspCommand.DISABLE.data(), "disable refused");
        String identity = "firmware " + setup.firmware() + ", " + setup.currency() + " notes " + channels.values()
                + (ignored.length() > 0 ? " (not taken: " + ignored + ")" : "") + ", protocol "
                + settings.protocolVersion();
        done.accept(new Result(channels, identity));
    }

    private SspPacket require(SspCommand command, byte[] data, String refusal) throws LinkLostException {
        Outcome<SspPacket> reply = wire.ok("open", command, data, deadline(), CancelToken.none());
        if (reply instanceof Outcome.Success<SspPacket> ok) {
            return ok.value();
        }
        throw lost(reply instanceof Outcome.DeviceError<SspPacket> error ? refusal + ": " + error.detail()
                : "no reply to " + command + " within " + settings.replyTimeout().toMillis() + " ms x "
                + (settings.resends() + 1) + " sends; check the acceptor's power and cable, the port and the baud rate");
    }

    private Deadline deadline() {
        return Deadline.in(settings.replyTimeout().multipliedBy(settings.resends() + 2L).plus(Duration.ofMillis(100)));
    }

    private LinkLostException lost(String what) {
        String where = wire.transport().link().describe();
        board.linkLost(what);
        return new LinkLostException(where, what);
    }
}
