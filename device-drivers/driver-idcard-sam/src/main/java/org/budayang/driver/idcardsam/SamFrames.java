package org.budayang.driver.idcardsam;

import java.util.HexFormat;

/**
 * The frame layout shared by both directions: {@code AA AA AA 96 69 | LEN (2, big-endian) | payload | CHK},
 * where LEN counts the payload and CHK, and CHK is the XOR of every byte from LEN's first byte to the
 * byte before CHK.
 */
public final class SamFrames {
    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, (byte) 0x69};
    /** Preamble + LEN. */
    public static final int HEADER = 7;
    /** The smallest LEN a reader sends: SW1 SW2 SW3 CHK. */
    public static final int MIN_RESPONSE_LEN = 4;
    /** The largest LEN a reader sends: text + photo + fingerprint (0x090A). */
    public static final int MAX_RESPONSE_LEN = 0x090A;
    /** The smallest LEN a host sends: CMD PARA CHK. */
    public static final int MIN_COMMAND_LEN = 3;
    /** The largest LEN a reader accepts from a host (commands carry little or no data). */
    public static final int MAX_COMMAND_LEN = 0x0100;

    private SamFrames() {
    }

    /** A full frame around {@code payload} (everything between LEN and CHK). */
    public static byte[] encode(byte[] payload) {
        int len = payload.length + 1;
        if (len > 0xFFFF) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes does not fit a 16-bit LEN");
        }
        byte[] frame = new byte[HEADER + len];
        System.arraycopy(PREAMBLE, 0, frame, 0, PREAMBLE.length);
        frame[5] = (byte) (len >>> 8);
        frame[6] = (byte) len;
        System.arraycopy(payload, 0, frame, HEADER, payload.length);
        frame[frame.length - 1] = checksum(frame, 5, frame.length - 1);
        return frame;
    }

    /** XOR of {@code bytes[from..to)}. */
    public static byte checksum(byte[] bytes, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return (byte) x;
    }

    /** {@code AA AA AA 96 69 00 03 20 01 22}, for technicians' details. */
    public static String hex(byte[] bytes, int from, int to) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, from, to);
    }

    /** Hex of at most the first {@code max} bytes, with "…" when cut. */
    public static String hexHead(byte[] bytes, int max) {
        return bytes.length <= max ? hex(bytes, 0, bytes.length) : hex(bytes, 0, max) + " … (" + bytes.length + " bytes)";
    }
}
