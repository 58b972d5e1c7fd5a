package org.budayang.driver.escpos.emulator;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.ObjIntConsumer;

/**
 * Splits an ESC/POS byte stream into {@link Command}s, however it is cut into chunks: a command that has not
 * fully arrived waits for the rest. Each command is handed on with the number of bytes it took.
 * Not thread-safe: one reader thread feeds it.
 */
final class EscPosDecoder {
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;
    private static final int DLE = 0x10;
    /** Larger "data" lengths than this are taken as garbage, not as a command to wait for. */
    private static final int MAX_DATA = 64 * 1024;

    private final ObjIntConsumer<Command> sink;
    private byte[] buffer = new byte[8192];
    private int length;
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();

    EscPosDecoder(ObjIntConsumer<Command> sink) {
        this.sink = sink;
    }

    /** Takes the next bytes from the wire. */
    void feed(byte[] data, int offset, int count) {
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
        }
        System.arraycopy(data, offset, buffer, length, count);
        length += count;
        int used = 0;
        while (used < length) {
            int n = next(used);
            if (n == 0) {
                break; // wait for the rest of the command
            }
            used += n;
        }
        System.arraycopy(buffer, used, buffer, 0, length - used);
        length -= used;
    }

    /** Bytes of an incomplete command waiting for the rest. */
    int waiting() {
        return length + text.size();
    }

    /** Forgets a half-received command (e.g. after the link was lost). */
    void reset() {
        length = 0;
        text.reset();
    }

    private int at(int i) {
        return buffer[i] & 0xFF;
    }

    /** Decodes one command at {@code i}; returns its length, or 0 when it is not complete yet. */
    private int next(int i) {
        int b = at(i);
        if (b >= 0x20) {
            int end = i;
            while (end < length && at(end) >= 0x20) {
                end++;
            }
            text.write(buffer, i, end - i);
            if (end < length) {
                flushText();
            }
            return end - i;
        }
        flushText();
        int available = length - i;
        switch (b) {
            case 0x0A:
                return emit(new Command.LineFeed(), 1);
            case ESC:
                return esc(i, available);
            case GS:
                return gs(i, available);
            case FS:
                return fs(i, available);
            case DLE:
                return dle(i, available);
            default:
                return emit(new Command.Ignored(String.format("control byte %02X", b)), 1);
        }
    }

    private void flushText() {
        if (text.size() > 0) {
            byte[] bytes = text.toByteArray();
            text.reset();
            sink.accept(new Command.Text(bytes), bytes.length);
        }
    }

    private int esc(int i, int available) {
        if (available < 2) {
            return 0;
        }
        int c = at(i + 1);
        if (c == '@') {
            return emit(new Command.Init(), 2);
        }
        if ("!E-adJ3tMGR{V ".indexOf(c) >= 0 && c != ' ') {
            if (available < 3) {
                return 0;
            }
            int n = at(i + 2);
            return emit(switch (c) {
                case '!' -> new Command.PrintMode(n);
                case 'E' -> new Command.Bold((n & 1) == 1);
                case '-' -> new Command.Underline(n != 0 && n != '0');
                case 'a' -> new Command.Align(n >= '0' ? n - '0' : n);
                case 'd' -> new Command.Feed(n);
                default -> new Command.Ignored("ESC " + (char) c + " " + n);
            }, 3);
        }
        if (c == 'p') {
            return available < 5 ? 0 : emit(new Command.Ignored("ESC p (drawer kick)"), 5);
        }
        if (c < 0x20) { // a stray ESC before another command: drop the ESC alone, keep the command
            return emit(new Command.Ignored("stray ESC"), 1);
        }
        return emit(new Command.Ignored(String.format("ESC %02X", c)), 2);
    }

    private int gs(int i, int available) {
        if (available < 2) {
            return 0;
        }
        int c = at(i + 1);
        switch (c) {
            case '(': {
                if (available < 5) {
                    return 0;
                }
                int dataLength = at(i + 3) | at(i + 4) << 8;
                if (dataLength > MAX_DATA) {
                    return emit(new Command.Ignored("GS ( with length " + dataLength), 2);
                }
                if (available < 5 + dataLength) {
                    return 0;
                }
                if (at(i + 2) == 'k' && dataLength >= 2 && at(i + 5) == 49) {
                    byte[] parameters = Arrays.copyOfRange(buffer, i + 7, i + 5 + dataLength);
                    return emit(new Command.Qr(at(i + 6), parameters), 5 + dataLength);
                }
                return emit(new Command.Ignored("GS ( " + (char) at(i + 2)), 5 + dataLength);
            }
            case 'k':
                return barcode(i, available);
            case 'v': {
                if (available < 8) {
                    return 0;
                }
                int widthBytes = at(i + 4) | at(i + 5) << 8;
                int height = at(i + 6) | at(i + 7) << 8;
                int size = widthBytes * height;
                if (size > MAX_DATA * 4) {
                    return emit(new Command.Ignored("GS v 0 of " + size + " bytes"), 2);
                }
                if (available < 8 + size) {
                    return 0;
                }
                return emit(new Command.Raster(widthBytes, height, Arrays.copyOfRange(buffer, i + 8, i + 8 + size)),
                        8 + size);
            }
            case 'V': {
                if (available < 3) {
                    return 0;
                }
                int m = at(i + 2);
                if (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) {
                    return available < 4 ? 0 : emit(new Command.Cut(m), 4);
                }
                return emit(new Command.Cut(m), 3);
            }
            case 'L': case 'W':
                return available < 4 ? 0 : emit(new Command.Ignored("GS " + (char) c), 4);
            case '!':
                return available < 3 ? 0 : emit(new Command.CharacterSize(at(i + 2)), 3);
            case 'h':
                return available < 3 ? 0 : emit(new Command.BarcodeHeight(at(i + 2)), 3);
            case 'r':
                return available < 3 ? 0 : emit(new Command.SensorStatus(at(i + 2)), 3);
            case 'H': case 'w': case 'f': case 'B': case 'a': case 'I':
                return available < 3 ? 0 : emit(new Command.Ignored("GS " + (char) c + " " + at(i + 2)), 3);
            default:
                return emit(new Command.Ignored(String.format("GS %02X", c)), c < 0x20 ? 1 : 2);
        }
    }

    private int barcode(int i, int available) {
        if (available < 3) {
            return 0;
        }
        int m = at(i + 2);
        if (m <= 6) { // function A: data ends with NUL
            for (int end = i + 3; end < length; end++) {
                if (at(end) == 0) {
                    return emit(new Command.Barcode(m, Arrays.copyOfRange(buffer, i + 3, end)), end - i + 1);
                }
            }
            return 0;
        }
        if (available < 4) {
            return 0;
        }
        int n = at(i + 3);
        if (available < 4 + n) {
            return 0;
        }
        return emit(new Command.Barcode(m, Arrays.copyOfRange(buffer, i + 4, i + 4 + n)), 4 + n);
    }

    private int fs(int i, int available) {
        if (available < 2) {
            return 0;
        }
        int c = at(i + 1);
        switch (c) {
            case '&':
                return emit(new Command.TwoByteMode(true), 2);
            case '.':
                return emit(new Command.TwoByteMode(false), 2);
            case '!': case 'C': case '-': case 'W':
                return available < 3 ? 0 : emit(new Command.Ignored("FS " + (char) c + " " + at(i + 2)), 3);
            default:
                return emit(new Command.Ignored(String.format("FS %02X", c)), c < 0x20 ? 1 : 2);
        }
    }

    private int dle(int i, int available) {
        if (available < 2) {
            return 0;
        }
        int c = at(i + 1);
        if (c != 0x04 && c != 0x05) {
            return emit(new Command.Ignored(String.format("DLE %02X", c)), 1);
        }
        if (available < 3) {
            return 0;
        }
        int n = at(i + 2);
        return emit(c == 0x04 ? new Command.RealTimeStatus(n) : new Command.RealTimeRecover(n), 3);
    }

    private int emit(Command command, int bytes) {
        sink.accept(command, bytes);
        return bytes;
    }
}
