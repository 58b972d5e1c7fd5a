package org.budayang.driver.cashssp;

/**
 * SSP's CRC-16 (protocols/cash-ssp.md): polynomial 0x8005, seed 0xFFFF, most significant bit first, no final XOR;
 * computed over SEQ/ADDR, LEN and DATA and sent low byte first.
 */
public final class Crc16 {
    private static final int POLYNOMIAL = 0x8005;
    private static final int SEED = 0xFFFF;
    private static final int[] TABLE = table();

    private Crc16() {
    }

    public static int of(byte[] bytes, int offset, int length) {
        int crc = SEED;
        for (int i = offset; i < offset + length; i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ bytes[i]) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    private static int[] table() {
        int[] table = new int[256];
        for (int b = 0; b < 256; b++) {
            int crc = b << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
            }
            table[b] = crc & 0xFFFF;
        }
        return table;
    }
}
