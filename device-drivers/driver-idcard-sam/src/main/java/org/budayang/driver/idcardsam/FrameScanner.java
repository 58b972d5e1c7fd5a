package org.budayang.driver.idcardsam;

/**
 * Cuts frames out of a byte stream, strictly: it scans for the preamble (bytes before it are garbage
 * and discarded), refuses a LEN outside the range of the direction, checks the XOR checksum, and after
 * any refusal resumes scanning one byte past the refused preamble, so that a valid frame following
 * garbage or a corrupt frame is always found. An incomplete frame that is followed by a complete valid
 * frame is reported {@link FrameProblem#TRUNCATED} (the device cut its answer and sent another).
 * Not thread-safe: one reader thread feeds and scans.
 */
public final class FrameScanner {
    private static final int WAIT = -2;
    private final int minLen;
    private final int maxLen;
    private byte[] buffer = new byte[4096];
    private int start;
    private int end;
    private long garbageBytes;

    private FrameScanner(int minLen, int maxLen) {
        this.minLen = minLen;
        this.maxLen = maxLen;
    }

    /** For the host: frames from the reader (LEN {@value SamFrames#MIN_RESPONSE_LEN}..0x090A). */
    public static FrameScanner responses() {
        return new FrameScanner(SamFrames.MIN_RESPONSE_LEN, SamFrames.MAX_RESPONSE_LEN);
    }

    /** For the reader (emulator): frames from the host. */
    public static FrameScanner commands() {
        return new FrameScanner(SamFrames.MIN_COMMAND_LEN, SamFrames.MAX_COMMAND_LEN);
    }

    public void feed(byte[] bytes, int offset, int length) {
        if (end + length > buffer.length) {
            int used = end - start;
            byte[] target = used + length > buffer.length ? new byte[Math.max(buffer.length * 2, used + length)] : buffer;
            System.arraycopy(buffer, start, target, 0, used);
            buffer = target;
            start = 0;
            end = used;
        }
        System.arraycopy(bytes, offset, buffer, end, length);
        end += length;
    }

    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    /** Drops everything buffered (before sending a new command). */
    public void clear() {
        garbageBytes += end - start;
        start = 0;
        end = 0;
    }

    /** Bytes buffered and not yet part of a frame. */
    public int buffered() {
        return end - start;
    }

    /** Bytes discarded as garbage so far (for technicians' details). */
    public long garbageBytes() {
        return garbageBytes;
    }

    /** The next frame, refusal or {@link Scan.NeedMore}. Never throws on any input. */
    public Scan next() {
        int at = findPreamble(start);
        if (at < 0) {
            int keep = partialPreambleSuffix();
            discardTo(end - keep);
            return Scan.NEED_MORE;
        }
        discardTo(at);
        if (end - start < SamFrames.HEADER) {
            return Scan.NEED_MORE;
        }
        int len = ((buffer[start + 5] & 0xFF) << 8) | (buffer[start + 6] & 0xFF);
        if (len < minLen || len > maxLen) {
            skipOne();
            return new Scan.Refused(FrameProblem.BAD_LENGTH, String.format("LEN 0x%04X (%d) is outside %d..%d",
                    len, len, minLen, maxLen));
        }
        int total = SamFrames.HEADER + len;
        if (end - start < total) {
            int next = findCompleteFrame(start + 1);
            if (next < 0) {
                return Scan.NEED_MORE;
            }
            int had = next - start;
            discardTo(next);
            return new Scan.Refused(FrameProblem.TRUNCATED, "a frame with LEN " + len + " stopped after " + had
                    + " of " + total + " bytes; another frame followed");
        }
        byte expected = SamFrames.checksum(buffer, start + 5, start + total - 1);
        byte actual = buffer[start + total - 1];
        if (expected != actual) {
            skipOne();
            return new Scan.Refused(FrameProblem.BAD_CHECKSUM, String.format(
                    "frame with LEN %d has CHK 0x%02X, expected 0x%02X", len, actual & 0xFF, expected & 0xFF));
        }
        int inner = overlappingFrame(total);
        if (inner == WAIT) {
            return Scan.NEED_MORE;
        }
        if (inner >= 0) {
            int had = inner - start;
            discardTo(inner);
            return new Scan.Refused(FrameProblem.TRUNCATED, "a frame with LEN " + len + " stopped after " + had
                    + " of " + total + " bytes; another frame began inside it");
        }
        byte[] payload = new byte[len - 1];
        System.arraycopy(buffer, start + SamFrames.HEADER, payload, 0, payload.length);
        start += total;
        compactIfEmpty();
        return new Scan.Frame(payload);
    }

    private int findPreamble(int from) {
        byte[] p = SamFrames.PREAMBLE;
        outer:
        for (int i = from; i <= end - p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (buffer[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Guards against the XOR checksum's blind spot (1 in 256): a cut frame followed by the next one can
     * pass the check by chance. A frame whose span holds the start of a complete, valid frame reaching
     * past its end is that case; a real frame never holds another frame's beginning.
     *
     * @return the start of such a frame, -1 if none, {@link #WAIT} if it cannot be told yet
     */
    private int overlappingFrame(int total) {
        int frameEnd = start + total;
        for (int at = findPreamble(start + 1); at >= 0 && at < frameEnd; at = findPreamble(at + 1)) {
            if (end - at < SamFrames.HEADER) {
                return WAIT;
            }
            int len = ((buffer[at + 5] & 0xFF) << 8) | (buffer[at + 6] & 0xFF);
            int innerEnd = at + SamFrames.HEADER + len;
            if (len < minLen || len > maxLen || innerEnd <= frameEnd) {
                continue;
            }
            if (innerEnd > end) {
                return WAIT;
            }
            if (SamFrames.checksum(buffer, at + 5, innerEnd - 1) == buffer[innerEnd - 1]) {
                return at;
            }
        }
        return -1;
    }

    /** A later preamble that starts a complete frame with an acceptable LEN and a good checksum, or -1. */
    private int findCompleteFrame(int from) {
        int at = findPreamble(from);
        while (at >= 0 && end - at >= SamFrames.HEADER) {
            int len = ((buffer[at + 5] & 0xFF) << 8) | (buffer[at + 6] & 0xFF);
            int total = SamFrames.HEADER + len;
            if (len >= minLen && len <= maxLen && end - at >= total
                    && SamFrames.checksum(buffer, at + 5, at + total - 1) == buffer[at + total - 1]) {
                return at;
            }
            at = findPreamble(at + 1);
        }
        return -1;
    }

    /** How many trailing bytes could be the start of a preamble (kept for the next feed). */
    private int partialPreambleSuffix() {
        byte[] p = SamFrames.PREAMBLE;
        for (int keep = Math.min(p.length - 1, end - start); keep > 0; keep--) {
            boolean matches = true;
            for (int j = 0; j < keep; j++) {
                if (buffer[end - keep + j] != p[j]) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                return keep;
            }
        }
        return 0;
    }

    private void skipOne() {
        garbageBytes++;
        start++;
        compactIfEmpty();
    }

    private void discardTo(int position) {
        garbageBytes += position - start;
        start = position;
        compactIfEmpty();
    }

    private void compactIfEmpty() {
        if (start == end) {
            start = 0;
            end = 0;
        }
    }
}
