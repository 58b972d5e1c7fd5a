package org.budayang.central;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.budayang.central.catalog.CatalogRepository;
import org.budayang.central.connectors.CatalogItems;
import org.budayang.central.console.ConsoleModule;
import org.budayang.central.console.ConsoleSettings;
import org.budayang.central.console.OpsUserCommand;
import org.budayang.central.console.data.ConsoleBackends;
import org.budayang.central.fleet.alerts.AlertSettings;
import org.budayang.central.fleet.telemetry.TelemetrySettings;
import org.budayang.central.console.auth.PasswordHasher;
import org.budayang.central.connectors.Connectors;
import org.budayang.central.connectors.ConnectorsModule;
import org.budayang.central.connectors.sandbox.SandboxAdmin;
import org.budayang.central.connectors.sandbox.SandboxProvider;
import org.budayang.central.connectors.sandbox.SandboxSettings;
import org.budayang.central.applications.ApplicationService;
import org.budayang.central.applications.ItemFormsCheck;
import org.budayang.central.applications.PensionCertifications;
import org.budayang.central.applications.ServiceDocuments;
import org.budayang.central.connectors.queries.ItemQueries;
import org.budayang.central.documents.DocumentSource;
import org.budayang.central.documents.DocumentsConfig;
import org.budayang.central.documents.DocumentsModule;
import org.budayang.central.fleet.alerts.FleetEvents;
import org.budayang.central.fleet.commands.FleetOperations;
import org.budayang.central.fleet.enrol.EnrolmentStore;
import org.budayang.central.fleet.enrol.KnownKiosks;
import org.budayang.central.flows.EvaluationRepository;
import org.budayang.central.flows.Evaluations;
import org.budayang.central.flows.FlowItems;
import org.budayang.central.flows.FlowsModule;
import org.budayang.central.flows.HelpDesk;
import org.budayang.central.flows.HelpRepository;
import org.budayang.central.flows.HelpSettings;
import org.budayang.central.flows.TransactionLog;
import org.budayang.central.identity.EcTokenModule;
import org.budayang.central.identity.FaceCheckRepository;
import org.budayang.central.identity.IdentityModule;
import org.budayang.central.identity.IdentitySettings;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.json.ApiJson;
import org.budayang.central.catalog.CatalogLoadException;
import org.budayang.central.catalog.CatalogLoader;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.auth.KioskAuthenticator;
import org.budayang.central.config.CentralConfig;
import org.budayang.central.config.ConfigException;
import org.budayang.central.db.Database;
import org.budayang.central.payments.Payments;
import org.budayang.central.payments.PaymentSettings;
import org.budayang.central.payments.PaymentsModule;
import org.budayang.central.fleet.enrol.FleetTrust;
import org.budayang.central.fleet.tls.TlsSetupException;
import org.budayang.central.db.DatabaseException;
import org.budayang.central.idempotency.Idempotency;
import org.budayang.central.idempotency.IdempotencyPurger;
import org.budayang.central.idempotency.IdempotencyStore;
import org.budayang.central.web.CentralModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Central's composition root and command line ({@link CentralOptions#USAGE}):
 * reads the configuration ({@code --config}, {@code --data-dir}), loads the catalogue (the bundled
 * one or {@code --catalog FILE}), opens and migrates the database, synchronises the kiosks, starts
 * {@link CentralServer} with the features' modules, writes {@code --port-file} once listening, and
 * stops cleanly on SIGTERM / SIGINT. Kiosks authenticate by the client certificate from enrolment only
 * (decision 0014).
 *
 * <p>Exit codes: 0 after a normal shutdown, 1 when central cannot start (bad configuration,
 * database unreachable, port in use, broken catalogue, unwritable port file), 2 for bad arguments.
 */
public final class CentralMain {
    private static final Logger LOG = LoggerFactory.getLogger(CentralMain.class);

    private CentralMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("add-ops-user")) {
            addOpsUser(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        CentralOptions options;
        try {
            options = CentralOptions.parse(args);
        } catch (IllegalArgumentException e) {
            LOG.error("Central did not start: {}{}{}", e.getMessage(), System.lineSeparator(), CentralOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            LOG.info("{}", CentralOptions.USAGE);
            return;
        }
        // the hook is in place before the port file appears, so a launcher that reads the port
        // file and then sends SIGTERM always gets a clean shutdown
        AtomicReference<CentralServer> running = new AtomicReference<>();
        Thread hook = new Thread(() -> {
            CentralServer server = running.get();
            if (server != null) {
                shutdown(server, options.portFile());
            }
        }, "central-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            start(options, Clock.systemUTC(), running::set);
        } catch (CentralStartupException | CatalogLoadException | ConfigException | DatabaseException
                 | TlsSetupException e) {
            LOG.error("Central did not start: {}", e.getMessage());
            Runtime.getRuntime().removeShutdownHook(hook);
            System.exit(1);
        }
    }

    /**
     * Wires central from its options and starts it: the catalogue is loaded first (so a broken
     * one stops the start before any port is bound), then the server, then the port file.
     */
    public static CentralServer start(CentralOptions options, Clock clock) {
        return start(options, clock, server -> { });
    }

    /**
     * As {@link #start(CentralOptions, Clock)}, handing the running server to {@code started}
     * before the port file is written.
     */
    static CentralServer start(CentralOptions options, Clock clock, Consumer<CentralServer> started) {
        CentralConfig config = CentralConfig.load(options.config(), options.dataDir());
        CatalogLoader loader = new CatalogLoader(ApiJson.mapper(), clock, List.of(new ItemFormsCheck()));
        Catalog catalog = options.catalog().map(loader::loadFile).orElseGet(loader::loadBundled);
        Database database = Database.open(config.database());
        LoadedCatalogRepository catalogs = new LoadedCatalogRepository(catalog);
        CentralServer server;
        try {
            server = platform(CentralServer.builder(), config, database, clock, catalogs)
                    .catalogRepository(catalogs)
                    .clock(clock)
                    .version(buildVersion())
                    .host(options.host())
                    .port(options.port())
                    .build()
                    .start();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        started.accept(server);
        try {
            options.portFile().ifPresent(file -> PortFile.write(file, server.port()));
        } catch (CentralStartupException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /**
     * Adds the platform (kiosk authentication, idempotency and its purge, body limit) and every
     * feature module to {@code builder}; the database is closed when the server stops.
     */
    static CentralServer.Builder platform(CentralServer.Builder builder, CentralConfig config, Database database,
                                          Clock clock, CatalogRepository catalogs) {
        IdempotencyStore store = new IdempotencyStore(database.dataSource(), clock, Duration.ofMinutes(2));
        IdempotencyPurger purger = new IdempotencyPurger(store, clock, config.idempotencyRetention());
        purger.start(Duration.ofHours(1));
        FleetTrust trust = FleetTrust.create(config, database.dataSource(), clock, new SecureRandom());
        builder.kioskAuthentication(new KioskAuthenticator(trust.certificates()))
                .opsAuthentication(trust.ops())
                .tls(trust.serverTls(), trust.tls().port())
                .module(trust.module())
                .onStarted(server -> trust.serving(server.tlsUrl()))
                .idempotency(new Idempotency(store))
                .maxBodyBytes(config.maxBodyBytes())
                .closeOnStop(database)
                .closeOnStop(purger);
        FleetOperations fleet = fleet(config, database, clock);
        for (CentralModule module : modules(config, database, clock, catalogs, fleet.events())) {
            builder.module(module);
            if (module instanceof PaymentsModule payments) {
                builder.onStarted(server -> payments.serving(server.url())).closeOnStop(payments);
                payments.startJobs(Duration.ofSeconds(30));
            }
        }
        builder.kioskRateLimit(fleet.rateLimiter());
        fleet.modules().forEach(builder::module);
        fleet.closeables().forEach(builder::closeOnStop);
        builder.module(console(config, database, clock, trust, fleet));
        return builder;
    }

    /**
     * The ops console ({@code console.*}): it reads fleet-ops', fleet-trust's and the flows' tables and acts through
     * their services (the running alert engine, enrolment, help desk), so lifecycle, audit and webhooks stay there.
     */
    static ConsoleModule console(CentralConfig config, Database database, Clock clock, FleetTrust trust,
                                 FleetOperations fleet) {
        ConsoleSettings settings;
        try {
            settings = ConsoleSettings.from(config.section("console"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        Duration silentAfter = TelemetrySettings.from(config.section("telemetry")).interval()
                .multipliedBy(AlertSettings.from(config.section("alerts")).silentIntervals());
        HelpDesk help = new HelpDesk(new HelpRepository(database.dataSource()),
                HelpSettings.from(prefixed("help", config.section("help"))), clock);
        return ConsoleModule.create(database.dataSource(), clock, settings,
                new PasswordHasher(PasswordHasher.Cost.DEFAULT, new SecureRandom(), 2),
                ConsoleBackends.over(database.dataSource(), clock, fleet.alertEngine(), trust.enrolment(), help,
                        silentAfter));
    }

    /** Fleet operations (heartbeats, alerts, commands, self-tests) from their configuration sections. */
    static FleetOperations fleet(CentralConfig config, Database database, Clock clock) {
        Map<String, Map<String, String>> sections = new java.util.TreeMap<>();
        for (String name : List.of("telemetry", "alerts", "commands", "ratelimit", "selftests")) {
            sections.put(name, config.section(name));
        }
        // a kiosk is known when it is enrolled and active (decision 0014)
        return FleetOperations.wire(sections, database.dataSource(), clock,
                new KnownKiosks(new EnrolmentStore(database.dataSource())));
    }

    /**
     * The feature modules (connectors, identity, documents…), wired by hand from their configuration
     * sections ({@code config.section("connectors")}…) and the database.
     */
    static List<CentralModule> modules(CentralConfig config, Database database, Clock clock,
                                       CatalogRepository catalogs) {
        return modules(config, database, clock, catalogs, FleetEvents.NONE);
    }

    static List<CentralModule> modules(CentralConfig config, Database database, Clock clock,
                                       CatalogRepository catalogs, FleetEvents events) {
        Map<String, String> sandboxKeys = prefixed("sandbox", config.section("sandbox"));
        SandboxProvider sandbox = new SandboxProvider(database.dataSource(), clock, SandboxSettings.from(sandboxKeys));
        Connectors connectors = Connectors.select(prefixed("connectors", config.section("connectors")),
                List.of(sandbox));
        CatalogItems items = new CatalogItems(catalogs);
        ItemQueries queries = new ItemQueries(items, connectors, clock);
        Map<String, String> applicationKeys = config.section("applications");
        for (String key : applicationKeys.keySet()) {
            if (!key.equals("processingAfter")) {
                throw new ConfigException("Configuration key 'applications." + key + "' is unknown; accepted: "
                        + "applications.processingAfter (an ISO-8601 duration such as PT2H)");
            }
        }
        Duration processingAfter = applicationKeys.containsKey("processingAfter")
                ? processingAfter(applicationKeys.get("processingAfter"))
                : Duration.ofHours(2);
        ApplicationService applications = new ApplicationService(items, connectors, database.dataSource(), clock,
                processingAfter);
        FaceCheckRepository faceChecks = new FaceCheckRepository(database.dataSource());
        PensionCertifications pensions = new PensionCertifications(faceChecks, connectors.socialSecurity(), clock);
        DocumentSource documentSource = new ServiceDocuments(items, queries, applications, clock);
        IdentitySettings identity = IdentitySettings.from(prefixed("identity", config.section("identity")));
        DocumentsConfig documents = DocumentsConfig.from(prefixed("documents", config.section("documents")),
                config.dataDir());
        return List.of(
                new ConnectorsModule(connectors, queries, applications, pensions, Optional.of(new SandboxAdmin(sandbox))),
                new IdentityModule(connectors.publicSecurity(), faceChecks, identity, clock),
                new EcTokenModule(connectors.medicalInsurance()),
                DocumentsModule.create(documents, database.dataSource(), documentSource, clock),
                flows(config, database, clock, items, events),
                Payments.sandbox(PaymentSettings.from(prefixed("payments", config.section("payments"))),
                        database.dataSource(), items, connectors, sandbox, clock));
    }

    /** The citizen flows' module (好差评, 呼叫帮办, transaction records), configured by the {@code help.*} keys. */
    private static CentralModule flows(CentralConfig config, Database database, Clock clock, CatalogItems items,
                                       FleetEvents events) {
        FlowItems flowItems = new FlowItems(items);
        HelpSettings help = HelpSettings.from(prefixed("help", config.section("help")));
        return new FlowsModule(new Evaluations(flowItems, new EvaluationRepository(database.dataSource()), clock),
                new HelpDesk(new HelpRepository(database.dataSource()), help, clock),
                new TransactionLog(flowItems, database.dataSource(), clock), events);
    }

    /** {@code add-ops-user}: adds (or with --reset re-keys) an ops console user; the password comes on stdin. */
    private static void addOpsUser(String[] args) {
        try {
            LOG.info("{}", OpsUserCommand.run(args, System.in));
        } catch (IllegalArgumentException e) {
            LOG.error("No ops user added: {}", e.getMessage());
            System.exit(2);
        } catch (IOException | RuntimeException e) {
            LOG.error("No ops user added: {}", e.getMessage());
            System.exit(1);
        }
    }

    private static Duration processingAfter(String text) {
        try {
            Duration value = Duration.parse(text.strip());
            if (value.isNegative()) {
                throw new java.time.format.DateTimeParseException("negative", text, 0);
            }
            return value;
        } catch (java.time.format.DateTimeParseException e) {
            throw new ConfigException("Configuration key 'applications.processingAfter' has value '" + text
                    + "', which is not a non-negative ISO-8601 duration; accepted e.g. PT2H or PT10M", e);
        }
    }

    /** A configuration section with its prefix put back ({@code mode} in section sandbox → {@code sandbox.mode}). */
    private static Map<String, String> prefixed(String section, Map<String, String> keys) {
        Map<String, String> full = new java.util.TreeMap<>();
        keys.forEach((key, value) -> full.put(section + "." + key, value));
        return full;
    }

    static void shutdown(CentralServer server, Optional<Path> portFile) {
        LOG.info("Central is shutting down");
        server.stop();
        portFile.ifPresent(file -> {
            try {
                PortFile.delete(file);
            } catch (IOException e) {
                LOG.warn("Could not remove the port file {}: {}", file.toAbsolutePath(), e.toString());
            }
        });
    }

    /** The project version Maven wrote into build-info.properties. */
    static String buildVersion() {
        String resource = "org/budayang/central/build-info.properties";
        try (InputStream in = CentralMain.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + resource + " is missing; rebuild central with "
                        + "./mvnw -pl central -am package");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            if (version.isEmpty() || version.startsWith("${")) {
                throw new IllegalStateException("Resource " + resource + " has no filtered version ('" + version
                        + "'); build central with Maven so that resource filtering fills it in");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
