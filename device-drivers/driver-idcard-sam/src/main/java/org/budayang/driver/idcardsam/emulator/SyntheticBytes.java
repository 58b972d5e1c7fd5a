package org.budayang.driver.idcardsam.emulator;

/** Deterministic pseudo-random bytes (xorshift64*), so that a card's synthetic photo is the same on every run. */
final class SyntheticBytes {
    private SyntheticBytes() {
    }

    static byte[] of(String seedText, int length) {
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seedText.length(); i++) {
            state = (state ^ seedText.charAt(i)) * 0x100000001B3L;
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            state ^= state >>> 12;
            state ^= state << 25;
            state ^= state >>> 27;
            bytes[i] = (byte) ((state * 0x2545F4914F6CDD1DL) >>> 56);
        }
        return bytes;
    }
}
