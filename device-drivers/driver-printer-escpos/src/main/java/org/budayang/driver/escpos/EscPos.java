package org.budayang.driver.escpos;

/** The ESC/POS bytes this driver and its emulator speak (protocols/escpos.md). */
public final class EscPos {
    public static final byte LF = 0x0A;
    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte FS = 0x1C;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;
    public static final byte ENQ = 0x05;

    /** {@code ESC @}: initialise (clears styles and the print buffer's pending line). */
    public static final byte[] INIT = {ESC, '@'};
    /** {@code FS &}: enter two-byte (Chinese) character mode. */
    public static final byte[] TWO_BYTE_ON = {FS, '&'};
    /** {@code FS .}: leave two-byte character mode. */
    public static final byte[] TWO_BYTE_OFF = {FS, '.'};
    /** {@code GS r 1}: paper sensor status, answered only after the data before it was processed. */
    public static final byte[] PAPER_STATUS_AFTER_DATA = {GS, 'r', 1};
    /** {@code DLE ENQ 2}: recover from an error and clear the receive and print buffers. */
    public static final byte[] RECOVER_AND_CLEAR = {DLE, ENQ, 2};

    /** Real-time status requests {@code DLE EOT n}, n = 1 printer, 2 offline cause, 3 error cause, 4 paper. */
    public static byte[] statusRequest(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT n: n must be 1..4, got " + n);
        }
        return new byte[] {DLE, EOT, (byte) n};
    }

    /** The four real-time status requests in one write: DLE EOT 1, 2, 3, 4. */
    public static byte[] fullStatusRequest() {
        return new byte[] {DLE, EOT, 1, DLE, EOT, 2, DLE, EOT, 3, DLE, EOT, 4};
    }

    /** Whether {@code b} has the shape of a real-time status reply: {@code 0xx1xx10}. */
    public static boolean isStatusReply(int b) {
        return (b & 0x93) == 0x12;
    }

    /** Whether {@code b} has the shape of a {@code GS r 1} reply: bits 4 to 7 clear. */
    public static boolean isPaperSensorReply(int b) {
        return (b & 0xF0) == 0;
    }

    private EscPos() {
    }
}
