package org.budayang.driver.idcardsam;

/**
 * The SAM module's id, from the 16 data bytes of a "read SAM id" answer: two 16-bit and three 32-bit
 * little-endian numbers, shown the way readers print them, {@code 05.01-20240101-0000001234-0987654321}.
 */
public final class SamId {
    public static final int LENGTH = 16;

    private SamId() {
    }

    public static String format(byte[] data) throws SamProtocolException {
        if (data.length != LENGTH) {
            throw new SamProtocolException(FrameProblem.BAD_PAYLOAD, "a SAM id has " + LENGTH + " bytes, got "
                    + data.length);
        }
        return String.format("%02d.%02d-%08d-%010d-%010d", u16(data, 0), u16(data, 2), u32(data, 4), u32(data, 8),
                u32(data, 12));
    }

    /** The 16 bytes of a SAM id (for the emulator). */
    public static byte[] encode(int part1, int part2, long date, long serial, long check) {
        byte[] data = new byte[LENGTH];
        putLe(data, 0, part1, 2);
        putLe(data, 2, part2, 2);
        putLe(data, 4, date, 4);
        putLe(data, 8, serial, 4);
        putLe(data, 12, check, 4);
        return data;
    }

    private static int u16(byte[] d, int at) {
        return d[at] & 0xFF | (d[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] d, int at) {
        return (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16 | (d[at + 3] & 0xFFL) << 24;
    }

    private static void putLe(byte[] data, int at, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            data[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
