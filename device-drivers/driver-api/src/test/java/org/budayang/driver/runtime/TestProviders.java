package org.budayang.driver.runtime;

import java.util.Set;
import java.util.function.Consumer;
import org.budayang.driver.Device;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.Lifecycle;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/** Providers for the registry and configuration tests; some are listed in META-INF/services on purpose. */
final class TestProviders {
    private TestProviders() {
    }

    /** A device with a lifecycle and no link: enough to check what configuration builds. */
    static final class InertDevice implements Device {
        final DriverContext context;
        private final String driver;
        private final Lifecycle lifecycle;

        InertDevice(String driver, DriverContext context) {
            this.driver = driver;
            this.context = context;
            this.lifecycle = new Lifecycle(context.role() + " (" + driver + ")");
        }

        @Override public String role() { return context.role(); }
        @Override public String driverName() { return driver; }
        @Override public LifecycleState state() { return lifecycle.state(); }
        @Override public void open() { lifecycle.open(); }
        @Override public void enable() { lifecycle.enable(); }
        @Override public void disable() { lifecycle.disable(); }
        @Override public void close() {
            if (lifecycle.state() != LifecycleState.CLOSED) {
                lifecycle.close();
            }
        }
        @Override public DeviceStatus status() { return DeviceStatus.online(context.clock().instant()); }
        @Override public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) {
            return Outcome.success(status());
        }
        @Override public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) { return () -> { }; }
    }

    static class Named implements DriverProvider {
        private final String name;
        private final Set<String> keys;

        Named(String name, Set<String> keys) {
            this.name = name;
            this.keys = keys;
        }

        @Override public String name() { return name; }
        @Override public Class<? extends Device> deviceType() { return InertDevice.class; }
        @Override public Set<String> settingKeys() { return keys; }
        @Override public String description() { return "test driver " + name; }
        @Override public Device create(DriverContext context) {
            context.settings().requireOnly(keys);
            return new InertDevice(name, context);
        }
    }

    /** Listed in META-INF/services: a working provider named {@code good-one}. */
    public static final class Good extends Named {
        public Good() {
            super("good-one", Set.of("port", "baud", "link"));
        }
    }

    /** Listed in META-INF/services after {@link Good}: the same name, so it clashes and is ignored. */
    public static final class SameName extends Named {
        public SameName() {
            super("good-one", Set.of());
        }
    }

    /** Listed in META-INF/services: a second working provider. */
    public static final class Other extends Named {
        public Other() {
            super("other", Set.of("queue"));
        }
    }

    /** Listed in META-INF/services: its constructor throws. */
    public static final class ThrowsInConstructor extends Named {
        public ThrowsInConstructor() {
            super("never", Set.of());
            throw new IllegalStateException("native library libfoo.so not found");
        }
    }

    /** Listed in META-INF/services: its name() throws. */
    public static final class ThrowsInName extends Named {
        public ThrowsInName() {
            super("never", Set.of());
        }

        @Override public String name() {
            throw new UnsupportedOperationException("name not ready");
        }
    }
}
