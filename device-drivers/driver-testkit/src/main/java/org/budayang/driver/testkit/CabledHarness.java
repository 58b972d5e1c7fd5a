package org.budayang.driver.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.EmulatedDevice;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;

/**
 * The part of a {@link DeviceContract.Harness} that is the same for every driver talking to its emulator over an
 * {@link EmulatorCable}: the host opener from the cable's settings, unplug and replug on the cable, the fault
 * methods forwarded to the {@link EmulatedDevice}, and closing both. A subclass builds the device and runs its
 * operation.
 */
public abstract class CabledHarness implements DeviceContract.Harness {
    private final String role;
    private final EmulatorCable cable;
    private final EmulatedDevice emulator;

    /**
     * @param role     the device role the driver is built for, e.g. {@code idCardReader}
     * @param cable    the cable, already connected to the emulator (closed with the harness)
     * @param emulator the emulator at the cable's other end (closed after the cable)
     */
    protected CabledHarness(String role, EmulatorCable cable, EmulatedDevice emulator) {
        this.role = Objects.requireNonNull(role, "role");
        this.cable = Objects.requireNonNull(cable, "cable");
        this.emulator = Objects.requireNonNull(emulator, "emulator");
    }

    protected final EmulatorCable cable() {
        return cable;
    }

    /** A driver context for the role with the cable's link settings plus the driver's own (key, value, …). */
    protected final DriverContext context(String... settings) {
        return cable.driverContext(role, settings);
    }

    /**
     * The links function to give a driver's provider: checks the settings as {@link Links#opener} does (so a
     * bad link setting still fails), then hands the driver the contract's recording {@code opener}.
     */
    protected static Function<DriverSettings, LinkOpener> through(LinkOpener opener) {
        Objects.requireNonNull(opener, "opener");
        return checked -> {
            Links.opener(checked);
            return opener;
        };
    }

    @Override
    public LinkOpener hostOpener() {
        return Links.opener(DriverSettings.of(role, cable.hostSettings()));
    }

    @Override
    public void unplug() {
        cable.unplug();
    }

    @Override
    public void replug() {
        cable.replug();
    }

    @Override
    public void garbage(byte[] bytes) {
        emulator.sendUnasked(bytes);
    }

    @Override
    public void silent(boolean silent) {
        emulator.silent(silent);
    }

    @Override
    public void slow(Duration delay) {
        emulator.slow(delay);
    }

    @Override
    public void close() {
        try {
            cable.close();
        } finally {
            emulator.close();
        }
    }
}
