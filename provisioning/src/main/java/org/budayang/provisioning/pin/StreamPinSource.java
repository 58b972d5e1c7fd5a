package org.budayang.provisioning.pin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads the PIN as the first line of a stream (standard input when it is not a terminal, e.g.
 * {@code budayang provision hash-pin < pin.txt}). Only ASCII is kept as is; surrounding whitespace and
 * the line end ({@code \n} or {@code \r\n}) are dropped. At most {@value #LIMIT} bytes are read.
 */
public final class StreamPinSource implements PinSource {
    static final int LIMIT = 64;

    private final InputStream in;

    /** @param in the stream; it is not closed */
    public StreamPinSource(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public char[] read() throws IOException, InvalidPinException {
        char[] line = new char[LIMIT];
        int length = 0;
        try {
            int next;
            while ((next = in.read()) != -1 && next != '\n') {
                if (length == LIMIT) {
                    throw new InvalidPinException(InvalidPinException.Problem.LENGTH, length + 1);
                }
                line[length++] = next < 0x80 ? (char) next : '\uFFFD';
            }
            int start = 0;
            int end = length;
            while (start < end && Character.isWhitespace(line[start])) {
                start++;
            }
            while (end > start && Character.isWhitespace(line[end - 1])) {
                end--;
            }
            if (start == end) {
                throw new InvalidPinException(InvalidPinException.Problem.EMPTY, 0);
            }
            return Arrays.copyOfRange(line, start, end);
        } finally {
            Arrays.fill(line, '\0');
        }
    }
}
