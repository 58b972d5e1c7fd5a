package org.budayang.driver.cashssp;

import java.util.Arrays;

/**
 * Finds SSP packets in a byte stream: un-stuffs, checks the CRC, and resynchronises after garbage, a cut packet or a
 * bad CRC by looking for the next STX after the false one (so a real packet behind garbage is still found). Used by
 * one thread at a time.
 */
public final class PacketScanner {
    /** What {@link #next()} found. */
    public sealed interface Scan {
    }

    /** A whole packet with a good CRC. */
    public record Found(SspPacket packet) implements Scan {
    }

    /** Bytes that looked like a packet but were not (bad CRC, cut by a new STX, zero length). */
    public record Refused(String detail) implements Scan {
    }

    /** Nothing complete yet. */
    public record NeedMore() implements Scan {
    }

    private static final NeedMore NEED_MORE = new NeedMore();
    private byte[] buffer = new byte[512];
    private int start;
    private int end;

    public void feed(byte[] bytes, int offset, int length) {
        if (end + length > buffer.length) {
            int kept = end - start;
            if (kept + length > buffer.length) {
                buffer = Arrays.copyOf(Arrays.copyOfRange(buffer, start, end), Math.max(buffer.length * 2, kept + length));
            } else {
                System.arraycopy(buffer, start, buffer, 0, kept);
            }
            start = 0;
            end = kept;
        }
        System.arraycopy(bytes, offset, buffer, end, length);
        end += length;
    }

    public void clear() {
        start = 0;
        end = 0;
    }

    /** The next packet, refusal, or {@link NeedMore}. */
    public Scan next() {
        while (start < end && (buffer[start] & 0xFF) != SspPacket.STX) {
            start++;
        }
        if (start >= end) {
            clear();
            return NEED_MORE;
        }
        byte[] body = new byte[259];
        int have = 0;
        int need = 4; // SEQ|ADDR, LEN, then LEN data bytes and two CRC bytes
        int i = start + 1;
        while (have < need) {
            if (i >= end) {
                return NEED_MORE;
            }
            int b = buffer[i] & 0xFF;
            if (b == SspPacket.STX) {
                if (i + 1 >= end) {
                    return NEED_MORE;
                }
                if ((buffer[i + 1] & 0xFF) != SspPacket.STX) {
                    int cutAt = i - start;
                    start = i;
                    return new Refused("packet cut after " + cutAt + " bytes by a new STX");
                }
                i++;
            }
            body[have++] = (byte) b;
            i++;
            if (have == 2) {
                int length = body[1] & 0xFF;
                if (length == 0) {
                    start++;
                    return new Refused("zero data length");
                }
                need = length + 4;
            }
        }
        int length = body[1] & 0xFF;
        int crc = Crc16.of(body, 0, length + 2);
        int sent = (body[length + 2] & 0xFF) | (body[length + 3] & 0xFF) << 8;
        if (crc != sent) {
            start++; // look for a real STX after the false one
            return new Refused(String.format("bad CRC: sent %04X, computed %04X", sent, crc));
        }
        start = i;
        int seqAddr = body[0] & 0xFF;
        return new Found(new SspPacket((seqAddr & SspPacket.SEQ_BIT) != 0, seqAddr & 0x7F,
                Arrays.copyOfRange(body, 2, 2 + length)));
    }
}
