package org.budayang.driver.qrserial;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cuts the scanner's byte stream into codes (no threads, no clock of its own: the caller passes the time).
 *
 * <ul>
 *   <li>A line ends at the configured terminator; with CRLF, a CR not followed by LF makes the line bad.</li>
 *   <li>A finished line is decoded strictly in the configured encoding; invalid bytes or any control character
 *       (ISO control, incl. DEL and C1) drop it. Empty lines are ignored.</li>
 *   <li>A line longer than {@code maxLength} bytes is dropped once, at its terminator (or when it goes quiet);
 *       the bytes in between are not buffered.</li>
 *   <li>{@link #idle(long)} drops a started line that has been quiet for longer than the line timeout.</li>
 *   <li>A probe answer ({@link Probe#replyStart()} … status … {@link Probe#replyEnd()}) is taken out of the
 *       stream wherever it ends; bytes of a line before it are dropped as a fragment.</li>
 * </ul>
 */
final class LineFramer {

    /** Receives what the framer finds, on the caller's thread. */
    interface Sink {
        void code(String text);

        void dropped(DropReason reason, String detail);

        void probeReply(byte status);
    }

    private static final byte CR = 0x0D;
    private static final byte LF = 0x0A;

    private final Terminator terminator;
    private final ScanEncoding encoding;
    private final CharsetDecoder decoder;
    private final int maxLength;
    private final long lineTimeoutNanos;
    private final Probe probe;
    private final byte[] replyStart;
    private final byte[] replyEnd;
    private final Sink sink;
    private final byte[] line;
    private int length;
    private int overflow;
    private boolean pendingCr;
    private long lastByteNanos;

    LineFramer(QrSerialSettings settings, Sink sink) {
        this.terminator = settings.terminator();
        this.encoding = settings.encoding();
        this.decoder = encoding.strictDecoder();
        this.maxLength = settings.maxLength();
        this.lineTimeoutNanos = settings.lineTimeout().toNanos();
        this.probe = settings.probe();
        this.replyStart = probe.replyStart();
        this.replyEnd = probe.replyEnd();
        this.sink = Objects.requireNonNull(sink, "sink");
        this.line = new byte[maxLength + 64];
    }

    /** Takes {@code count} bytes received at {@code nowNanos} ({@link System#nanoTime()}). */
    void feed(byte[] bytes, int offset, int count, long nowNanos) {
        for (int i = offset; i < offset + count; i++) {
            take(bytes[i]);
        }
        if (count > 0) {
            lastByteNanos = nowNanos;
        }
    }

    /** Drops a started line that has been quiet since before {@code nowNanos} minus the line timeout. */
    void idle(long nowNanos) {
        if (started() && nowNanos - lastByteNanos > lineTimeoutNanos) {
            String detail = overflow > 0 ? (maxLength + overflow) + " bytes without a terminator, then silence"
                    : (length + (pendingCr ? 1 : 0)) + " bytes without a terminator, then silence for more than "
                    + lineTimeoutNanos / 1_000_000 + " ms";
            drop(overflow > 0 ? DropReason.TOO_LONG : DropReason.FRAGMENT, detail);
        }
    }

    /** Whether a line has started and not ended. */
    boolean started() {
        return length > 0 || overflow > 0 || pendingCr;
    }

    private void take(byte b) {
        if (terminator == Terminator.CRLF) {
            if (pendingCr) {
                pendingCr = false;
                if (b == LF) {
                    endLine();
                    return;
                }
                append(CR); // a lone CR: a control character in the line, which makes it bad
            }
            if (b == CR) {
                pendingCr = true;
                return;
            }
        } else if (b == terminator.last()) {
            endLine();
            return;
        }
        append(b);
        if (probe != Probe.NONE && length >= probe.shortestReply() && b == replyEnd[replyEnd.length - 1]) {
            takeReply();
        }
    }

    private void append(byte b) {
        if (length < maxLength && overflow == 0) {
            line[length++] = b;
        } else {
            overflow++;
        }
    }

    /** The line ends with the probe's reply end: if a reply start is in it, the reply is taken out. */
    private void takeReply() {
        if (!Arrays.equals(line, length - replyEnd.length, length, replyEnd, 0, replyEnd.length)) {
            return;
        }
        int start = lastIndexOf(replyStart, length - replyEnd.length - 1);
        if (start < 0) {
            return;
        }
        byte status = line[length - replyEnd.length - 1];
        if (start > 0) {
            sink.dropped(DropReason.FRAGMENT, start + " bytes of a line cut by a probe answer");
        }
        reset();
        sink.probeReply(status);
    }

    private int lastIndexOf(byte[] needle, int endExclusive) {
        for (int at = endExclusive - needle.length; at >= 0; at--) {
            if (Arrays.equals(line, at, at + needle.length, needle, 0, needle.length)) {
                return at;
            }
        }
        return -1;
    }

    private void endLine() {
        if (overflow > 0) {
            drop(DropReason.TOO_LONG, (maxLength + overflow) + " bytes, more than max-length " + maxLength);
            return;
        }
        if (length == 0) {
            return;
        }
        String text;
        try {
            text = decoder.reset().decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException invalid) {
            drop(DropReason.INVALID_BYTES, length + " bytes not valid " + encoding.label() + " ("
                    + invalid.getClass().getSimpleName() + ")");
            return;
        }
        int control = firstControl(text);
        if (control >= 0) {
            drop(DropReason.CONTROL_CHARACTER, String.format("control character U+%04X at position %d of %d%s",
                    (int) text.charAt(control), control, text.length(), hint(text.charAt(control))));
            return;
        }
        reset();
        sink.code(text);
    }

    private String hint(char control) {
        if ((control == CR || control == LF) && terminator != Terminator.CRLF) {
            return "; the scanner may send CRLF while terminator is " + terminator + ": set terminator=crlf";
        }
        return "";
    }

    private static int firstControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private void drop(DropReason reason, String detail) {
        reset();
        sink.dropped(reason, detail);
    }

    private void reset() {
        length = 0;
        overflow = 0;
        pendingCr = false;
    }
}
