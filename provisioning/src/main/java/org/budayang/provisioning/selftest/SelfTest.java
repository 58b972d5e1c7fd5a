package org.budayang.provisioning.selftest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.budayang.driver.Condition;
import org.budayang.driver.Device;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.Health;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code selftest [role…]}: for each configured role, builds the device through its real driver (as the kiosk
 * does), opens it, checks its status, enables it and runs one real operation ({@link Exercises}); then closes it.
 * Roles run one after the other, since several of them need the technician's hand (a card, a note, a code).
 */
public final class SelfTest {
    private static final Logger LOG = LoggerFactory.getLogger(SelfTest.class);

    private final DriverRegistry registry;
    private final Exercises exercises;
    private final Clock clock;

    public SelfTest(DriverRegistry registry, Exercises exercises, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.exercises = Objects.requireNonNull(exercises, "exercises");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the self-test of {@code roles} (all configured roles when empty) from the {@code device.*} lines.
     *
     * @param progress told the result of each role as soon as it is known
     * @throws IllegalArgumentException naming a role that is not configured
     */
    public List<RoleResult> run(Map<String, String> deviceLines, List<String> roles, Consumer<RoleResult> progress) {
        Map<String, Map<String, String>> byRole = DeviceLines.byRole(deviceLines);
        List<String> chosen = roles.isEmpty() ? orderedRoles(byRole) : roles;
        for (String role : chosen) {
            if (!byRole.containsKey(role)) {
                throw new IllegalArgumentException("[SELFTEST-ROLE-NOT-CONFIGURED] role '" + role + "' has no"
                        + " device.<role>.driver line; configured: " + String.join(", ", orderedRoles(byRole))
                        + "; known roles: " + String.join(", ", DeviceConfiguration.ROLES));
            }
        }
        List<RoleResult> results = new ArrayList<>();
        for (String role : chosen) {
            RoleResult result = runRole(role, byRole.get(role));
            LOG.info("selftest {} ({}): {} {}", role, result.driver(), result.verdict(), result.code());
            results.add(result);
            progress.accept(result);
        }
        return results;
    }

    private static List<String> orderedRoles(Map<String, Map<String, String>> byRole) {
        List<String> roles = new ArrayList<>();
        for (String role : DeviceConfiguration.ROLES) {
            if (byRole.containsKey(role)) {
                roles.add(role);
            }
        }
        byRole.keySet().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
        return roles;
    }

    private RoleResult runRole(String role, Map<String, String> lines) {
        long start = System.nanoTime();
        String driver = lines.getOrDefault("device." + role + ".driver", "?");
        Device device;
        try {
            device = DeviceConfiguration.parse(lines, registry).createDevices(clock).get(role);
        } catch (DriverConfigurationException bad) {
            String code = bad.reason() == DriverConfigurationException.Reason.INVALID
                    && bad.key().endsWith(".driver") ? "NOT_INSTALLED" : "CONFIGURATION";
            return Results.fail(role, driver, "build the device from its configuration", code, "", bad.getMessage(),
                    start);
        }
        try (device) {
            try {
                device.open();
            } catch (LinkLostException lost) {
                return Results.fail(role, driver, "open and identify", "OFFLINE", "", lost.getMessage(), start);
            }
            DeviceStatus status = device.status();
            if (status.health().needsStaff()) {
                return Results.fail(role, driver, "open and identify", codeOf(status), status.detail(),
                        status.health() + " " + status.conditions() + " " + status.action(), start);
            }
            device.enable();
            return exercise(role, driver, device, status.detail(), CancelToken.none(), false, start);
        } catch (LinkLostException lost) {
            return Results.fail(role, driver, "exercise", "LINK_LOST", "", lost.getMessage(), start);
        } catch (RuntimeException broken) {
            LOG.warn("selftest of {} ({}) failed unexpectedly", role, driver, broken);
            return Results.fail(role, driver, "exercise", "DEVICE_ERROR", "", broken.toString(), start);
        }
    }

    /**
     * The self-test of one device a running kiosk already holds (the technician panel's 设备自检): the device is not
     * built, opened, enabled or closed here — the kiosk's supervisor keeps it — and the ports are not opened a second
     * time. A device the supervisor does not have ENABLED (it is reopening it) fails with {@code OFFLINE}; a device
     * whose status needs staff fails with its condition, as in {@link #run}. The cash acceptor keeps the kiosk's
     * credit journal. {@code cancel} ends a wait for the technician's hand (跳过); the result is then a failure
     * ({@code TIMED_OUT} or the exercise's own code) which the caller may report as skipped.
     *
     * @param role   the role's configuration key, e.g. {@code receiptPrinter}
     * @param device the kiosk's device serving it
     */
    public RoleResult runOpen(String role, Device device, CancelToken cancel) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(cancel, "cancel");
        long start = System.nanoTime();
        String driver = device.driverName();
        RoleResult result;
        try {
            DeviceStatus status = device.status();
            if (device.state() != LifecycleState.ENABLED) {
                result = Results.fail(role, driver, "open and identify", "OFFLINE", status.detail(), "the kiosk has"
                        + " the device " + device.state() + " (its supervisor is reopening it: " + status.health()
                        + " " + status.detail() + "); wait a few seconds and run again", start);
            } else if (status.health().needsStaff()) {
                result = Results.fail(role, driver, "open and identify", codeOf(status), status.detail(),
                        status.health() + " " + status.conditions() + " " + status.action(), start);
            } else {
                result = exercise(role, driver, device, status.detail(), cancel, true, start);
            }
        } catch (LinkLostException lost) {
            result = Results.fail(role, driver, "exercise", "LINK_LOST", "", lost.getMessage(), start);
        } catch (RuntimeException broken) {
            // a lifecycle refusal (the supervisor closed it meanwhile) or a driver bug: a failure, never a crash
            LOG.warn("selftest of the kiosk's {} ({}) failed unexpectedly", role, driver, broken);
            result = Results.fail(role, driver, "exercise", "DEVICE_ERROR", "", broken.toString(), start);
        }
        LOG.info("selftest {} ({}) on the running kiosk: {} {}", role, driver, result.verdict(), result.code());
        return result;
    }

    private RoleResult exercise(String role, String driver, Device device, String identity, CancelToken cancel,
                                boolean live, long start) throws LinkLostException {
        Exercises.Done done = live ? exercises.exerciseLive(device, cancel) : exercises.exercise(device);
        return done.code().equals("OK")
                ? Results.pass(role, driver, done.check(), identity, done.detail(), start)
                : Results.fail(role, driver, done.check(), done.code(), identity, done.detail(), start);
    }

    static String codeOf(DeviceStatus status) {
        for (Condition condition : status.conditions()) {
            if (condition.isBlocking()) {
                return condition.name();
            }
        }
        return status.health() == Health.OFFLINE ? "OFFLINE"
                : status.health() == Health.NOT_CONFIGURED ? "CONFIGURATION" : "HARDWARE_ERROR";
    }

    /** Builds results with their advice. */
    static final class Results {
        private Results() {
        }

        static RoleResult pass(String role, String driver, String check, String identity, String detail, long start) {
            return new RoleResult(role, driver, check, Verdict.PASS, "OK", identity, detail, "", "", since(start));
        }

        static RoleResult fail(String role, String driver, String check, String code, String identity, String detail,
                               long start) {
            Advice.Text advice = Advice.of(code);
            return new RoleResult(role, driver, check, Verdict.FAIL, code, identity, detail, advice.zh(), advice.en(),
                    since(start));
        }

        private static Duration since(long start) {
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }
}
