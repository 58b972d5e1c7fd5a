package org.budayang.driver.link;

import java.time.Duration;

/**
 * A device emulator on a byte link (the ID card reader's, the QR scanner's, the receipt printer's): it serves each
 * link it is given through a {@link DeviceEnd}, and can be made to misbehave the ways every driver must survive
 * (the driver contract's faults): bytes nobody asked for, silence, slow answers.
 */
public interface EmulatedDevice extends DeviceEnd.Service, AutoCloseable {

    /** Sends these bytes to the driver now, unasked (garbage on the line). */
    void sendUnasked(byte[] bytes);

    /** Ignores every request (true: a hung or unpowered device) or answers again (false). */
    void silent(boolean silent);

    /** Waits this long before each answer ({@link Duration#ZERO}: answers at once). */
    void slow(Duration delay);

    /** Stops the emulator; idempotent, never throws. */
    @Override
    void close();
}
