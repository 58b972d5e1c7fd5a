package org.budayang.driver.link;

import java.time.Duration;

/**
 * A byte link to a device: serial port, TCP socket or in-memory pipe (DESIGN.md, Devices). The
 * same driver code runs over each. A link is opened when created and used by one driver at a
 * time; {@link #read} and {@link #write} may be called from different threads, and
 * {@link #close()} from any thread wakes a blocked {@link #read}.
 */
public interface Link extends AutoCloseable {

    /** How the link is named in messages: {@code serial /dev/ttyUSB0 115200 8N1}, {@code tcp 10.0.0.5:9100}. */
    String describe();

    /** Writes all of {@code data} (blocking until handed to the OS). */
    void write(byte[] data) throws LinkLostException;

    /**
     * Reads what is available, waiting at most {@code timeout} for the first byte.
     *
     * @return the number of bytes read into {@code buffer[offset..]}, 0 when nothing arrived in time
     * @throws LinkLostException when the link is closed or broken (also after {@link #close()})
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws LinkLostException;

    /** Discards bytes received and not yet read (e.g. garbage before resynchronising). */
    void discardInput() throws LinkLostException;

    boolean isOpen();

    /** Closes the link; idempotent, never throws. */
    @Override
    void close();
}
