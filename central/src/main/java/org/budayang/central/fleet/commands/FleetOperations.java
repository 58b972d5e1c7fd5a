package org.budayang.central.fleet.commands;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.budayang.central.fleet.alerts.AlertEngine;
import org.budayang.central.fleet.alerts.AlertNotifier;
import org.budayang.central.fleet.alerts.AlertRepository;
import org.budayang.central.fleet.alerts.AlertSettings;
import org.budayang.central.fleet.alerts.AlertsModule;
import org.budayang.central.fleet.alerts.FleetEvents;
import org.budayang.central.fleet.alerts.WebhookNotifier;
import org.budayang.central.fleet.enrol.EnrolmentStore;
import org.budayang.central.fleet.selftest.KioskSelfModule;
import org.budayang.central.fleet.selftest.KioskSelfQuery;
import org.budayang.central.fleet.selftest.SelftestRepository;
import org.budayang.central.fleet.selftest.SelftestSettings;
import org.budayang.central.fleet.telemetry.HeartbeatPurger;
import org.budayang.central.fleet.telemetry.HeartbeatRepository;
import org.budayang.central.fleet.telemetry.KioskRateLimiter;
import org.budayang.central.fleet.telemetry.RateLimitSettings;
import org.budayang.central.fleet.telemetry.TelemetryModule;
import org.budayang.central.fleet.telemetry.TelemetrySettings;
import org.budayang.central.web.CentralModule;

/**
 * Fleet operations wired by hand from their configuration sections ({@code telemetry.*}, {@code alerts.*},
 * {@code commands.*}, {@code ratelimit.*}, {@code selftests.*}): the telemetry, alerts, commands and kiosk-self
 * modules (what a kiosk sees of itself, its self-test reports), the kiosk rate limiter, the
 * {@link FleetEvents} the citizen flows' endpoints feed, and the timers to close at stop. Timers are started by
 * {@link #wire}. Their ops routes are authenticated by the platform's {@code OpsAuthenticator} ({@link OpsGate}).
 */
public final class FleetOperations {
    private final List<CentralModule> modules;
    private final KioskRateLimiter rateLimiter;
    private final AlertEngine alertEngine;
    private final List<AutoCloseable> closeables;

    private FleetOperations(List<CentralModule> modules, KioskRateLimiter rateLimiter, AlertEngine alertEngine,
                            List<AutoCloseable> closeables) {
        this.modules = List.copyOf(modules);
        this.rateLimiter = rateLimiter;
        this.alertEngine = alertEngine;
        this.closeables = List.copyOf(closeables);
    }

    /**
     * @param sections   the configuration sections by name ({@code CentralConfig.section(name)} for telemetry,
     *                   alerts, commands, ratelimit and selftests)
     * @param knownKiosk whether a kiosk id is enrolled and enabled
     */
    public static FleetOperations wire(Map<String, Map<String, String>> sections, DataSource dataSource, Clock clock,
                                       Predicate<String> knownKiosk) {
        TelemetrySettings telemetry = TelemetrySettings.from(section(sections, "telemetry"));
        AlertSettings alertSettings = AlertSettings.from(section(sections, "alerts"));
        CommandSettings commandSettings = CommandSettings.from(section(sections, "commands"));
        RateLimitSettings rateLimit = RateLimitSettings.from(section(sections, "ratelimit"));
        SelftestSettings selftestSettings = SelftestSettings.from(section(sections, "selftests"));
        List<AutoCloseable> closeables = new ArrayList<>();

        HeartbeatRepository heartbeats = new HeartbeatRepository(dataSource, telemetry.historyPerKiosk(),
                telemetry.historySampleEvery());
        AlertNotifier notifier = AlertNotifier.NONE;
        if (alertSettings.webhookUrl() != null) {
            WebhookNotifier webhook = new WebhookNotifier(alertSettings.webhookUrl(), alertSettings.webhookAttempts(),
                    alertSettings.webhookBackoff());
            closeables.add(webhook);
            notifier = webhook;
        }
        AlertRepository alertRepository = new AlertRepository(dataSource);
        AlertEngine engine = new AlertEngine(alertRepository, heartbeats, alertSettings, telemetry.interval(), notifier,
                clock);
        HeartbeatPurger purger = new HeartbeatPurger(heartbeats, telemetry, clock);
        CommandRepository commandRepository = new CommandRepository(dataSource);
        CommandsModule commands = new CommandsModule(commandRepository, knownKiosk, commandSettings, clock);
        SelftestRepository selftests = new SelftestRepository(dataSource, selftestSettings);
        EnrolmentStore enrolled = new EnrolmentStore(dataSource);
        KioskSelfModule self = new KioskSelfModule(new KioskSelfQuery(enrolled, heartbeats, alertRepository,
                commandRepository, selftests, clock), selftests, enrolled, clock);
        engine.start();
        purger.start();
        commands.start();
        closeables.add(engine);
        closeables.add(purger);
        closeables.add(commands);
        List<CentralModule> modules = List.of(new TelemetryModule(heartbeats, List.of(engine), clock),
                new AlertsModule(engine, alertRepository), commands, self);
        return new FleetOperations(modules, new KioskRateLimiter(rateLimit, clock), engine, closeables);
    }

    private static Map<String, String> section(Map<String, Map<String, String>> sections, String name) {
        return Objects.requireNonNullElse(sections.get(name), Map.of());
    }

    public List<CentralModule> modules() {
        return modules;
    }

    /** For {@code CentralServer.Builder.kioskRateLimit}. */
    public KioskRateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** What the transactions and evaluations endpoints (#7) call after storing a record. */
    public FleetEvents events() {
        return alertEngine;
    }

    /** For tests and ops tools: the alert engine (silence check on demand). */
    public AlertEngine alertEngine() {
        return alertEngine;
    }

    /** Timers and the webhook, for {@code CentralServer.Builder.closeOnStop}. */
    public List<AutoCloseable> closeables() {
        return closeables;
    }
}
