package org.budayang.driver.escpos.emulator;

/** One ESC/POS command as the emulator's decoder found it in the byte stream. */
sealed interface Command {
    /** {@code ESC @}. */
    record Init() implements Command { }
    /** {@code ESC ! n}. */
    record PrintMode(int n) implements Command { }
    /** {@code ESC E n}. */
    record Bold(boolean on) implements Command { }
    /** {@code ESC - n}. */
    record Underline(boolean on) implements Command { }
    /** {@code GS ! n}: width multiplier - 1 in the high nibble, height - 1 in the low. */
    record CharacterSize(int n) implements Command { }
    /** {@code ESC a n}. */
    record Align(int n) implements Command { }
    /** {@code FS &} (true) and {@code FS .} (false). */
    record TwoByteMode(boolean on) implements Command { }
    /** Printable bytes up to the next control byte. */
    record Text(byte[] bytes) implements Command { }
    /** {@code LF}. */
    record LineFeed() implements Command { }
    /** {@code ESC d n}. */
    record Feed(int lines) implements Command { }
    /** {@code GS ( k} with cn 49 (QR): fn 65 model, 67 size, 69 error correction, 80 store, 81 print. */
    record Qr(int fn, byte[] parameters) implements Command { }
    /** {@code GS k m ...}. */
    record Barcode(int system, byte[] data) implements Command { }
    /** {@code GS h n}. */
    record BarcodeHeight(int dots) implements Command { }
    /** {@code GS v 0 m xL xH yL yH d...}. */
    record Raster(int widthBytes, int height, byte[] bits) implements Command { }
    /** {@code GS V m [n]}: m 0/48 full, 1/49 partial, 65 feed + full, 66 feed + partial. */
    record Cut(int m) implements Command { }
    /** {@code GS r n}: sensor status, answered after the data before it. */
    record SensorStatus(int n) implements Command { }
    /** {@code DLE EOT n}: real-time status, answered at once. */
    record RealTimeStatus(int n) implements Command { }
    /** {@code DLE ENQ n}: real-time recovery (2: clear the buffers). */
    record RealTimeRecover(int n) implements Command { }
    /** A command the emulator knows the length of but does nothing with, or a stray byte. */
    record Ignored(String what) implements Command { }

    /** Whether the printer executes it at once, ahead of buffered data. */
    default boolean isRealTime() {
        return this instanceof RealTimeStatus || this instanceof RealTimeRecover;
    }
}
