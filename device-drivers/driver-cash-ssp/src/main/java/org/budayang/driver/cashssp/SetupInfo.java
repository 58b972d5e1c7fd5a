package org.budayang.driver.cashssp;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a banknote validator answers to SETUP_REQUEST (protocol version 6 and later): unit type, firmware, currency,
 * protocol version and each channel's value.
 *
 * <pre>
 *   F0 | type | firmware(4 ASCII) | country(3 ASCII) | multiplier(3) | n | n x value(1) | n x security(1)
 *      | real value multiplier(3, big endian) | protocol version | n x country(3 ASCII) | n x value(4, little endian)
 * </pre>
 * A channel's value in fen is its 4-byte value times the real value multiplier (100 for 人民币: values in yuan).
 *
 * @param unitType        0x00 for a banknote validator
 * @param firmware        e.g. {@code 0372}
 * @param currency        e.g. {@code CNY}
 * @param protocolVersion the version the unit speaks
 * @param channelFen      channel number (1..n) → value in fen (copied, sorted)
 */
public record SetupInfo(int unitType, String firmware, String currency, int protocolVersion,
                        Map<Integer, Long> channelFen) {
    public SetupInfo {
        Objects.requireNonNull(firmware, "SetupInfo.firmware is required");
        Objects.requireNonNull(currency, "SetupInfo.currency is required");
        channelFen = Collections.unmodifiableMap(new TreeMap<>(channelFen));
    }

    /** Parses the reply to SETUP_REQUEST. */
    public static SetupInfo parse(SspPacket reply) throws SspProtocolException {
        byte[] d = reply.data();
        if (d.length < 13) {
            throw new SspProtocolException("setup reply too short (" + d.length + " bytes): " + reply.dataHex());
        }
        int n = d[12] & 0xFF;
        int realMultiplierAt = 13 + 2 * n;
        int versionAt = realMultiplierAt + 3;
        int valuesAt = versionAt + 1 + 3 * n;
        if (d.length < valuesAt + 4 * n) {
            throw new SspProtocolException("setup reply of " + d.length + " bytes is too short for " + n
                    + " channels in protocol 6 format (needs " + (valuesAt + 4 * n) + "): " + reply.dataHex());
        }
        int realMultiplier = (d[realMultiplierAt] & 0xFF) << 16 | (d[realMultiplierAt + 1] & 0xFF) << 8
                | (d[realMultiplierAt + 2] & 0xFF);
        Map<Integer, Long> channels = new TreeMap<>();
        for (int c = 0; c < n; c++) {
            int at = valuesAt + 4 * c;
            long value = (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16
                    | (d[at + 3] & 0xFFL) << 24;
            channels.put(c + 1, value * realMultiplier);
        }
        return new SetupInfo(d[1] & 0xFF, new String(d, 2, 4, StandardCharsets.US_ASCII),
                new String(d, 6, 3, StandardCharsets.US_ASCII), d[versionAt] & 0xFF, channels);
    }

    /** Encodes a setup reply (for the emulator): channel values in whole units of the currency, multiplier 100. */
    public static byte[] encode(String firmware, String currency, int protocolVersion, long[] channelUnits) {
        int n = channelUnits.length;
        byte[] d = new byte[13 + 2 * n + 4 + 3 * n + 4 * n];
        d[0] = (byte) ReplyCode.OK.code();
        d[1] = 0x00;
        System.arraycopy(firmware.getBytes(StandardCharsets.US_ASCII), 0, d, 2, 4);
        System.arraycopy(currency.getBytes(StandardCharsets.US_ASCII), 0, d, 6, 3);
        d[11] = 1; // value multiplier (legacy field)
        d[12] = (byte) n;
        for (int c = 0; c < n; c++) {
            d[13 + c] = (byte) Math.min(255, channelUnits[c]);
            d[13 + n + c] = 2; // channel security
        }
        int at = 13 + 2 * n;
        d[at + 2] = 100; // real value multiplier: values are in yuan, counted in fen
        d[at + 3] = (byte) protocolVersion;
        int countries = at + 4;
        for (int c = 0; c < n; c++) {
            System.arraycopy(currency.getBytes(StandardCharsets.US_ASCII), 0, d, countries + 3 * c, 3);
        }
        int values = countries + 3 * n;
        for (int c = 0; c < n; c++) {
            long v = channelUnits[c];
            for (int k = 0; k < 4; k++) {
                d[values + 4 * c + k] = (byte) (v >>> (8 * k));
            }
        }
        return d;
    }
}
