package org.budayang.driver.testkit;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.LinkOpener;

/**
 * The part of a {@link DeviceContract.Harness} that is the same for every driver reaching its device through a
 * system service rather than a byte link of ours (PC/SC through pcscd, a camera through GStreamer or a folder):
 * no host opener, and the driver's context built from its settings. A subclass makes the faults real at that
 * service and says how in its javadoc.
 */
public abstract class ServiceHarness implements DeviceContract.Harness {
    private final String role;

    /** @param role the device role the driver is built for, e.g. {@code camera} */
    protected ServiceHarness(String role) {
        this.role = Objects.requireNonNull(role, "role");
    }

    /** Null: the driver has no byte link for the contract to watch. */
    @Override
    public final LinkOpener hostOpener() {
        return null;
    }

    /** A driver context for the role with these settings, on the system clock. */
    protected final DriverContext context(Map<String, String> settings) {
        return new DriverContext(role, DriverSettings.of(role, settings), Clock.systemUTC());
    }
}
