package org.budayang.driver.cashssp;

import java.util.Optional;

/** The SSP commands this driver sends (protocols/cash-ssp.md). */
public enum SspCommand {
    RESET(0x01),
    SET_CHANNEL_INHIBITS(0x02),
    SETUP_REQUEST(0x05),
    HOST_PROTOCOL_VERSION(0x06),
    POLL(0x07),
    REJECT_BANKNOTE(0x08),
    DISABLE(0x09),
    ENABLE(0x0A),
    SYNC(0x11),
    LAST_REJECT_CODE(0x17),
    HOLD(0x18),
    POLL_WITH_ACK(0x56),
    EVENT_ACK(0x57),
    GET_COUNTERS(0x58);

    private final int code;

    SspCommand(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The packet data: the command code followed by {@code parameters}. */
    public byte[] data(int... parameters) {
        byte[] data = new byte[1 + parameters.length];
        data[0] = (byte) code;
        for (int i = 0; i < parameters.length; i++) {
            data[i + 1] = (byte) parameters[i];
        }
        return data;
    }

    public static Optional<SspCommand> of(int code) {
        for (SspCommand command : values()) {
            if (command.code == code) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
