package org.budayang.driver.cashssp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One event in a poll reply: its type and, for the types that carry one, the channel.
 *
 * @param type    the event
 * @param channel the channel (1..n; 0 = still reading, for {@link Type#READ_NOTE}); 0 for types without a channel
 */
public record SspEvent(Type type, int channel) {

    /** The banknote validator's poll events (protocols/cash-ssp.md) and the bytes of data each carries. */
    public enum Type {
        SLAVE_RESET(0xF1, false),
        READ_NOTE(0xEF, true),
        CREDIT_NOTE(0xEE, true),
        REJECTING(0xED, false),
        REJECTED(0xEC, false),
        STACKING(0xCC, false),
        STACKED(0xEB, false),
        SAFE_JAM(0xEA, false),
        UNSAFE_JAM(0xE9, false),
        DISABLED(0xE8, false),
        STACKER_FULL(0xE7, false),
        FRAUD_ATTEMPT(0xE6, true),
        CASHBOX_REPLACED(0xE4, false),
        CASHBOX_REMOVED(0xE3, false),
        NOTE_CLEARED_INTO_CASHBOX(0xE2, true),
        NOTE_CLEARED_FROM_FRONT(0xE1, true);

        private final int code;
        private final boolean hasChannel;

        Type(int code, boolean hasChannel) {
            this.code = code;
            this.hasChannel = hasChannel;
        }

        public int code() {
            return code;
        }

        public boolean hasChannel() {
            return hasChannel;
        }

        static Optional<Type> of(int code) {
            for (Type type : values()) {
                if (type.code == code) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    public SspEvent {
        if (type == null) {
            throw new IllegalArgumentException("SspEvent.type is required");
        }
        if (channel < 0 || channel > 255 || (!type.hasChannel && channel != 0)) {
            throw new IllegalArgumentException("SspEvent.channel " + channel + " is not valid for " + type);
        }
    }

    public static SspEvent of(Type type) {
        return new SspEvent(type, 0);
    }

    /** Appends this event's bytes to {@code out}. */
    void encode(List<Byte> out) {
        out.add((byte) type.code);
        if (type.hasChannel) {
            out.add((byte) channel);
        }
    }

    /** The events of a poll reply, whose first byte is the generic reply code (F0). */
    public static List<SspEvent> parse(SspPacket reply) throws SspProtocolException {
        List<SspEvent> events = new ArrayList<>();
        int i = 1;
        while (i < reply.length()) {
            int code = reply.at(i);
            Type type = Type.of(code).orElseThrow(() -> new SspProtocolException("poll reply " + reply.dataHex()
                    + " holds an unknown event " + String.format("%02X", code)));
            if (type.hasChannel) {
                if (i + 1 >= reply.length()) {
                    throw new SspProtocolException("poll reply " + reply.dataHex() + " ends before the channel of "
                            + type);
                }
                events.add(new SspEvent(type, reply.at(i + 1)));
                i += 2;
            } else {
                events.add(of(type));
                i++;
            }
        }
        return events;
    }

    /** A poll reply's data: OK followed by the events. */
    public static byte[] reply(List<SspEvent> events) {
        List<Byte> out = new ArrayList<>();
        out.add((byte) ReplyCode.OK.code());
        events.forEach(event -> event.encode(out));
        byte[] data = new byte[out.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = out.get(i);
        }
        return data;
    }

    @Override
    public String toString() {
        return type.hasChannel ? type + "(" + channel + ")" : type.name();
    }
}
