package org.budayang.kiosk;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.availability.AvailabilityService;
import org.budayang.kiosk.catalog.CatalogCache;
import org.budayang.kiosk.catalog.CatalogService;
import org.budayang.kiosk.core.config.ConfigException;
import org.budayang.kiosk.core.config.ConfigEditor;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.security.TechnicianGate;
import org.budayang.kiosk.ui.tech.EnrolViewModel;
import org.budayang.kiosk.ui.tech.SelftestSender;
import org.budayang.kiosk.ui.tech.SheetFiles;
import org.budayang.kiosk.ui.tech.TechnicianPages;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import java.security.SecureRandom;
import org.budayang.kiosk.payment.PaymentWiring;
import org.budayang.kiosk.service.DeskWiring;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.JournalRecovery;
import org.budayang.kiosk.speech.EspeakPromptSpeaker;
import org.budayang.kiosk.ui.KioskApplication;
import org.budayang.kiosk.ui.KioskContext;
import org.budayang.kiosk.ui.LaunchOptions;
import org.budayang.kiosk.ui.bench.AttractStartBenchmark;
import org.budayang.kiosk.ui.bench.SoakRunner;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.flow.FlowRuntime;
import org.budayang.kiosk.ui.input.InputEditors;
import org.budayang.kiosk.ui.input.TouchInputEditors;
import org.budayang.kiosk.ui.fleet.FleetShell;
import org.budayang.kiosk.ui.fleet.LogCollector;
import org.budayang.kiosk.ui.fleet.ShellWatch;
import org.budayang.kiosk.ui.shell.CatalogModel;
import org.budayang.kiosk.ui.shell.KioskShell;
import org.budayang.kiosk.ui.tech.DeviceClearing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's composition root: reads the command line and the configuration, wires the services
 * by hand, and starts {@link KioskApplication} on the FX thread. The configured devices are opened and
 * kept by the driver supervisor ({@link KioskDevices}; their health on the {@link DeviceBoard}); ID card reads run on the
 * {@code kiosk-device} thread. Network and disk work runs on the {@code kiosk-io} thread; the catalogue is refreshed at start and every {@link #CATALOG_REFRESH}.
 * The citizen flows' service desk (journal, central API, outbox, recovery) is wired by {@link DeskWiring}; what a
 * crash left open is settled before the shell shows. An enrolled kiosk reaches central over mutual TLS
 * ({@link CentralLink}) and takes part in fleet operations ({@link FleetWiring}: heartbeats through the outbox, remote
 * commands on the real shell); the flows read prompts aloud with espeak-ng and take input on the touch editors.
 */
public final class KioskMain {
    /** The system property logback.xml puts the log folder under; set from data.dir unless given. */
    public static final String DATA_DIR_PROPERTY = "budayang.data.dir";
    /** How often the kiosk asks central for a new catalogue (and learns whether central is reachable). */
    public static final Duration CATALOG_REFRESH = Duration.ofMinutes(3);
    /** How often the kiosk checks central's health between catalogue refreshes. */
    public static final Duration HEALTH_CHECK = Duration.ofSeconds(30);
    private static final int EXIT_USAGE = 2;
    /**
     * The exit code of a restart ordered by central ops (RESTART): the kiosk's systemd unit restarts the application
     * on it ({@code Restart=on-failure}, or {@code RestartForceExitStatus=75}); 75 is EX_TEMPFAIL.
     */
    public static final int EXIT_RESTART = 75;
    /** How long a restart lets the devices and the journal close before the process ends. */
    private static final Duration RESTART_GRACE = Duration.ofSeconds(3);

    private KioskMain() {
    }

    public static void main(String[] args) {
        LaunchOptions options;
        KioskConfig config;
        try {
            options = LaunchOptions.parse(args);
            config = KioskConfig.load(options.config());
        } catch (IllegalArgumentException | ConfigException e) {
            LoggerFactory.getLogger(KioskMain.class).error("The kiosk cannot start: {}", e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        // the first logger is created only now, so that the log files go under the configured data.dir
        if (System.getProperty(DATA_DIR_PROPERTY) == null) {
            System.setProperty(DATA_DIR_PROPERTY, config.dataDir().toString());
        }
        Logger log = LoggerFactory.getLogger(KioskMain.class);
        URI central = options.central().orElse(config.centralUrl());
        Clock clock = Clock.systemDefaultZone();
        ExecutorService io = Executors.newSingleThreadExecutor(daemon("kiosk-io"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("kiosk-timer"));

        // enrolled: the catalogue and the desk both call central over mutual TLS (decision 0014)
        CentralLink link;
        try {
            link = CentralLink.of(config.dataDir(), central);
        } catch (EnrolmentException e) {
            log.error("The kiosk cannot start: {}", e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        CatalogService catalogService = new CatalogService(link.catalogClient(),
                new CatalogCache(config.cacheDir()), clock);
        DeviceBoard devices = new DeviceBoard(clock, Platform::runLater);
        KioskDevices kioskDevices;
        try {
            kioskDevices = KioskDevices.create(config, options.config(), DriverRegistry.builder().build(), devices,
                    clock);
        } catch (ConfigException e) {
            log.error("The kiosk cannot start: {}", e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        ExecutorService deviceThread = Executors.newSingleThreadExecutor(daemon("kiosk-device"));
        IdCardAccess cardReader = kioskDevices.idCardReader()
                .map(reader -> new IdCardAccess(reader, deviceThread, Platform::runLater,
                        IdCardAccess.DEFAULT_READ_BUDGET))
                .orElseGet(IdCardAccess::none);
        // the scanner waits up to a minute on its own thread; preview scaling and face checks get theirs
        ExecutorService scannerThread = Executors.newSingleThreadExecutor(daemon("kiosk-scanner"));
        ExecutorService cameraThread = Executors.newSingleThreadExecutor(daemon("kiosk-camera"));
        IdentityDevices identity = KioskIdentityWiring.wire(kioskDevices, deviceThread, scannerThread, cameraThread);
        ExecutorService printerThread = Executors.newSingleThreadExecutor(daemon("kiosk-printer"));
        // the technician's 已处理 gets its own thread: a press never waits behind a card read or a print
        ExecutorService clearingThread = Executors.newSingleThreadExecutor(daemon("kiosk-clearing"));
        PrintService printing = PrintService.builder()
                .receiptPrinter(kioskDevices.receiptPrinter().orElse(null))
                .documentPrinter(kioskDevices.documentPrinter().orElse(null))
                .background(printerThread).fx(Platform::runLater).build();
        // the desk prints through its own print service, whose results come back on the printer thread it waits on
        PrintService deskPrinting = PrintService.builder()
                .receiptPrinter(kioskDevices.receiptPrinter().orElse(null))
                .documentPrinter(kioskDevices.documentPrinter().orElse(null))
                .background(printerThread).fx(Runnable::run).build();
        DeskWiring desk;
        try {
            desk = DeskWiring.wire(config, link.deskApi(), central, deskPrinting, clock);
        } catch (IllegalStateException e) {
            log.error("The kiosk cannot start: {}", e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        // what a crash left open is settled before the shell shows (decision 0013)
        JournalRecovery.Report recovered = desk.recover();
        // payments (#8): money journalled in the desk's journal; the cash acceptor of role cashAcceptor
        Optional<PaymentWiring> payments = PaymentWiring.wire(desk.journal(), desk.api(), desk::wakeOutbox,
                deskPrinting, PaymentWiring.cashAcceptor(kioskDevices), clock, PaymentWiring.chinaTime());
        ServiceDesk citizenDesk = payments.map(p -> p.around(desk.desk())).orElse(desk.desk());
        // one answer for availability and the choice screen: a camera without a face check does not serve
        Function<DeviceRole, DeviceStatus> servingStatus = identity.servingStatus(devices::status);
        AvailabilityService availability = AvailabilityService.withDeviceStatuses(clock,
                catalogService::centralReachable, servingStatus);
        CatalogModel catalog = new CatalogModel(catalogService::refresh, io, Platform::runLater);
        TechnicianGate gate = new TechnicianGate(config.technicianPinHash(), clock);
        Locale locale = config.locale();
        log.info("Kiosk {} starting: central {} ({}), data {}, {} {}", config.siteName(), link.apiUrl(),
                link.mutualTls() ? "mutual TLS as " + link.credentials().kioskId() : "no client certificate",
                config.dataDir(), config.orientation(), config.theme());
        link.scheduleRenewal(config.dataDir(), clock, timer);
        // espeak-ng is probed here, off the FX thread; without it the speaker stays silent and says why in the log
        EspeakPromptSpeaker speaker = EspeakPromptSpeaker.builder().start();
        InputEditors editors = TouchInputEditors.create(clock);

        Platform.startup(() -> {
            KioskApplication[] app = new KioskApplication[1];
            FleetWiring[] fleet = new FleetWiring[1];
            Runnable exit = () -> {
                log.info("Leaving kiosk mode");
                if (fleet[0] != null) {
                    fleet[0].close();
                }
                app[0].stop();
                // closing waits for the supervisor (up to seconds while a reader is being opened): never on the FX thread
                Thread closer = new Thread(() -> {
                    kioskDevices.close();
                    deviceThread.shutdownNow();
                    scannerThread.shutdownNow();
                    cameraThread.shutdownNow();
                    printerThread.shutdownNow();
                    clearingThread.shutdownNow();
                    desk.close();
                    speaker.close();
                }, "kiosk-devices-close");
                closer.setDaemon(true);
                closer.start();
                timer.shutdownNow();
                io.shutdownNow();
                Platform.exit();
            };
            KioskContext context = new KioskContext(config, central, Messages.load(locale), clock, catalog,
                    availability, gate, cardReader, devices, exit, KioskContext.DEFAULT_LONG_PRESS, printing,
                    identity, citizenDesk);
            FlowRuntime runtime = FlowRuntime.standard(context.messages(), clock).with(speaker, editors);
            app[0] = new KioskApplication(context, options.windowed(), runtime);
            app[0].start(new Stage());
            // started by systemd: READY now the first screen is up, then watchdog pings from this FX thread (0021)
            SystemdWatchdog.fromEnvironment(System.getenv(), Platform::runLater).ifPresent(SystemdWatchdog::start);
            app[0].shell().viewModel().technician().useClearing(new DeviceClearing(kioskDevices::device,
                    clearingThread, Platform::runLater, DeviceClearing.DEFAULT_BUDGET));
            // 注册到中心 in the technician panel: enrols off the FX thread, then restarts as the RESTART command does
            app[0].shell().viewModel().technician().useEnrolment(new EnrolViewModel(
                    new KioskEnrolment(config.dataDir().resolve(CentralLink.FLEET_DIR), clock, new SecureRandom()),
                    config.siteName(),
                    central, context.messages(), clock.getZone(), r -> daemon("kiosk-enrol").newThread(r).start(),
                    Platform::runLater,
                    () -> daemon("kiosk-restart").newThread(() -> restart(exit)).start(), SheetFiles.usb()));
            // 设备自检 / 设备探测: provisioning's self-test on these devices and its probe on the ports they leave free
            TechnicianPages.wire(app[0].shell().viewModel().technician(), kioskDevices, config, options.config(),
                    link.mutualTls() && desk.outbox().isPresent()
                            ? SelftestSender.outbox(desk.outbox().get(), desk::wakeOutbox)
                            : SelftestSender.notEnrolled(), FleetWiring.appVersion(), context.messages(), clock,
                    r -> daemon("kiosk-technician").newThread(r).start(), Platform::runLater,
                    () -> daemon("kiosk-restart").newThread(() -> restart(exit)).start());
            kioskDevices.start();
            desk.start(recovered, timer);
            // open payments are settled once the acceptor is open (a batch it held back is journalled first)
            payments.ifPresent(p -> daemon("kiosk-payment-recovery").newThread(
                    () -> p.recoverUntilSettled(DeskWiring.RECOVERY_RETRY)).start());
            if (link.mutualTls()) {
                fleet[0] = startFleet(link, config, options, devices, desk, catalogService, catalog, app[0], exit,
                        clock);
            } else {
                log.warn("The kiosk is not enrolled: no heartbeats, no remote commands, and central refuses its"
                        + " department calls; enrol it (technician panel: 注册到中心)");
            }
            catalog.submit("start from cache", catalogService::startFromCache);
            timer.scheduleAtFixedRate(catalog::refresh, 0, CATALOG_REFRESH.toSeconds(), TimeUnit.SECONDS);
            timer.scheduleAtFixedRate(() -> catalog.submit("health check", () -> {
                catalogService.checkHealth();
                return catalogService.current();
            }), HEALTH_CHECK.toSeconds(), HEALTH_CHECK.toSeconds(), TimeUnit.SECONDS);
            if (options.exitAfterAttract()) {
                AttractStartBenchmark.run(exit);
            } else if (options.soakRounds() > 0) {
                SoakRunner soak = new SoakRunner(app[0].shell().viewModel(), app[0].shell().root(),
                        options.soakRounds(), exit);
                catalog.loadedProperty().addListener((obs, old, now) -> {
                    if (old == null) {
                        log.info("Soak: {} scripted navigation rounds", options.soakRounds());
                        soak.start();
                    }
                });
            }
        });
    }

    /** Heartbeats and remote commands (issue #9) on the real shell; FX thread. */
    private static FleetWiring startFleet(CentralLink link, KioskConfig config, LaunchOptions options,
            DeviceBoard devices, DeskWiring desk, CatalogService catalogService, CatalogModel catalog,
            KioskApplication app, Runnable exit, Clock clock) {
        KioskShell shell = app.shell();
        ShellWatch watch = new ShellWatch(shell);
        FleetShell remote = FleetShell.builder().fx(Platform::runLater).outOfService(shell.outOfService())
                .sessionOpen(watch::sessionOpen)
                .catalog(catalogService::refresh, loaded -> catalog.submit("remote reload", () -> loaded))
                .restart(() -> restart(exit)).config(new ConfigEditor(options.config()))
                .logs(new LogCollector(config.logDir())).screen(shell::root).build();
        return FleetWiring.start(new FleetWiring.Parts(link.credentials(), config.dataDir(),
                config.heartbeatInterval(), devices, desk.outbox(), desk::wakeOutbox, watch::screen,
                desk::lastTransaction, remote, FleetWiring.appVersion()), clock);
    }

    /** Leaves kiosk mode and ends the process with {@link #EXIT_RESTART}, so that systemd starts it again. */
    private static void restart(Runnable exit) {
        Platform.runLater(exit);
        try {
            Thread.sleep(RESTART_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(EXIT_RESTART);
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
