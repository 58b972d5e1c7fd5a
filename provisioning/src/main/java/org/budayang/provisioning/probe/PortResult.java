package org.budayang.provisioning.probe;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The probe's finding for one serial port.
 *
 * @param path   the port as given or listed, e.g. {@code /dev/ttyUSB0}
 * @param state  what was found
 * @param device the device, exactly when {@code state} is {@link PortState#IDENTIFIED}
 * @param detail a technical detail for technicians (who holds the port, what each handshake got)
 * @param took   how long the port's examination took
 */
public record PortResult(String path, PortState state, Optional<Identified> device, String detail, Duration took) {
    public PortResult {
        Objects.requireNonNull(path, "PortResult.path is required");
        Objects.requireNonNull(state, "PortResult.state is required");
        Objects.requireNonNull(device, "PortResult.device is required (use Optional.empty())");
        Objects.requireNonNull(detail, "PortResult.detail is required (may be empty)");
        Objects.requireNonNull(took, "PortResult.took is required");
        if (device.isPresent() != (state == PortState.IDENTIFIED)) {
            throw new IllegalArgumentException("PortResult for " + path + ": state " + state
                    + (device.isPresent() ? " cannot carry a device" : " needs the identified device"));
        }
    }
}
