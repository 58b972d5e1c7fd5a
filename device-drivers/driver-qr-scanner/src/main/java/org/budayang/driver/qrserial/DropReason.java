package org.budayang.driver.qrserial;

/** Why a line from the scanner was dropped instead of being delivered as a code; each is counted. */
public enum DropReason {
    /** Bytes that are not valid in the configured encoding (line noise, wrong baud rate, wrong encoding). */
    INVALID_BYTES,
    /** A control character inside the line (noise; or the scanner sends a different terminator or prefix). */
    CONTROL_CHARACTER,
    /** More than {@code max-length} bytes without a terminator. */
    TOO_LONG,
    /** A started line that went quiet for longer than {@code line-timeout}, or was cut by a probe answer. */
    FRAGMENT
}
