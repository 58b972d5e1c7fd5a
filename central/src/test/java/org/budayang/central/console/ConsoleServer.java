package org.budayang.central.console;

import org.budayang.central.db.Jdbc;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.central.CentralServer;
import org.budayang.central.MutableClock;
import org.budayang.central.TestCatalogs;
import org.budayang.central.TestFleet;
import org.budayang.central.TestPlatform;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.connectors.CatalogItems;
import org.budayang.central.console.auth.PasswordHasher;
import org.budayang.central.console.data.ConsoleBackends;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.fleet.commands.CommandRepository;
import org.budayang.central.fleet.commands.FleetOperations;
import org.budayang.central.fleet.enrol.EnrolmentStore;
import org.budayang.central.fleet.enrol.FleetTrust;
import org.budayang.central.fleet.enrol.KnownKiosks;
import org.budayang.central.fleet.selftest.SelftestRepository;
import org.budayang.central.fleet.telemetry.HeartbeatRepository;
import org.budayang.central.flows.EvaluationRepository;
import org.budayang.central.flows.Evaluations;
import org.budayang.central.flows.FlowItems;
import org.budayang.central.flows.FlowsModule;
import org.budayang.central.flows.HelpDesk;
import org.budayang.central.flows.HelpRepository;
import org.budayang.central.flows.HelpSettings;
import org.budayang.central.flows.TransactionLog;

/**
 * Central with the ops console wired as {@code CentralMain.platform} wires it — the production kiosk platform
 * ({@link TestPlatform}), fleet operations from configuration sections ({@link FleetOperations#wire}), the flows
 * module feeding fleet events, fleet-trust's enrolment, and the console over their services — on a fresh test
 * database and a free port, with a clock the test moves forward. The fleet's timers run hourly here: tests run the
 * silence check themselves ({@link #checkSilence}). Fixtures create state through the same services central's
 * endpoints call ({@link FleetSample}). Argon2id runs with a small cost (8 MiB, t=1) so logins are quick; the
 * production cost has its own test.
 */
final class ConsoleServer implements AutoCloseable {
    /** The tests' "now" once {@link FleetSample} has populated the database. */
    static final Instant START = Instant.parse("2026-11-27T02:00:00Z");
    /** Where the clock starts: early enough for {@link FleetSample}'s history (it moves the clock to START). */
    static final Instant EARLY = START.minus(Duration.ofDays(4));
    static final PasswordHasher.Cost TEST_COST = new PasswordHasher.Cost(8192, 1, 1);

    final MutableClock clock;
    final Database database;
    final ConsoleModule console;
    final CentralServer server;
    final FleetOperations fleet;
    final HeartbeatRepository heartbeats;
    final CommandRepository commands;
    final FleetTrust trust;
    final Evaluations evaluations;
    final EvaluationRepository evaluationRepository;
    final HelpDesk help;
    final TransactionLog transactions;
    final SelftestRepository selftests;

    private ConsoleServer(MutableClock clock, Database database, ConsoleSettings settings, Map<String, String> alerts) {
        this.clock = clock;
        this.database = database;
        var dataSource = database.dataSource();
        CentralServer.Builder builder = TestPlatform.secured(database, clock);
        trust = TestFleet.trust(dataSource, clock);
        Map<String, String> alertKeys = new java.util.HashMap<>(alerts);
        alertKeys.put("checkEvery", "PT1H");
        fleet = FleetOperations.wire(Map.of("alerts", alertKeys, "commands",
                Map.of("expiryCheckEvery", "PT1H")), dataSource, clock,
                new KnownKiosks(new EnrolmentStore(dataSource)));
        heartbeats = new HeartbeatRepository(dataSource);
        commands = new CommandRepository(dataSource);
        selftests = new SelftestRepository(dataSource);
        LoadedCatalogRepository catalogs = new LoadedCatalogRepository(TestCatalogs.bundled());
        FlowItems items = new FlowItems(new CatalogItems(catalogs));
        evaluationRepository = new EvaluationRepository(dataSource);
        evaluations = new Evaluations(items, evaluationRepository, clock);
        help = new HelpDesk(new HelpRepository(dataSource), HelpSettings.defaults(), clock);
        transactions = new TransactionLog(items, dataSource, clock);
        console = ConsoleModule.create(dataSource, clock, settings, new PasswordHasher(TEST_COST, new SecureRandom(), 2),
                ConsoleBackends.over(dataSource, clock, fleet.alertEngine(), trust.enrolment(), help,
                        Duration.ofSeconds(90)));
        builder.kioskRateLimit(fleet.rateLimiter()).module(new FlowsModule(evaluations, help, transactions,
                fleet.events())).module(console).catalogRepository(catalogs).closeOnStop(database).port(0);
        fleet.modules().forEach(builder::module);
        fleet.closeables().forEach(builder::closeOnStop);
        server = builder.build().start();
    }

    static ConsoleServer start(TestDatabases.Kind kind) {
        return start(kind, ConsoleSettings.DEFAULT);
    }

    static ConsoleServer start(TestDatabases.Kind kind, ConsoleSettings settings) {
        return start(kind, settings, Map.of());
    }

    /** @param alerts extra {@code alerts.*} keys, e.g. {@code webhookUrl} */
    static ConsoleServer start(TestDatabases.Kind kind, ConsoleSettings settings, Map<String, String> alerts) {
        Database database = TestDatabases.fresh(kind);
        try {
            return new ConsoleServer(new MutableClock(EARLY), database, settings, alerts);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    String url(String path) {
        return server.url() + path;
    }

    Clock clock() {
        return clock;
    }

    /** Moves the clock forward to {@code at} (never back). */
    void at(Instant at) {
        Duration ahead = Duration.between(clock.instant(), at);
        if (ahead.isNegative()) {
            throw new IllegalStateException("the test clock is at " + clock.instant() + ", after " + at);
        }
        clock.advance(ahead);
    }

    /**
     * A heartbeat received now, as the telemetry endpoint handles it: stored, then the alert rules (not for a
     * duplicate).
     */
    void beat(String kioskId, Heartbeat heartbeat) {
        Instant received = clock.instant();
        HeartbeatRepository.Recorded recorded = heartbeats.record(kioskId, heartbeat, received);
        if (!recorded.duplicate()) {
            fleet.alertEngine().onHeartbeat(kioskId, heartbeat, received, recorded.newest());
        }
    }

    /** The alert engine's silence check (its timer runs hourly in these tests). */
    int checkSilence() {
        return fleet.alertEngine().checkSilence();
    }

    /** Adds an ops user directly (as add-ops-user would). */
    void addUser(String username, Role role, String password) {
        console.services().users().create(username, "测试" + role.label(), role,
                console.services().hasher().hash(password));
    }

    Jdbc sql() {
        return new Jdbc(database.dataSource());
    }

    @Override
    public void close() {
        server.stop();
    }
}
