package org.budayang.kiosk.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.DeviceStatus;
import org.budayang.kiosk.availability.AvailabilityService;
import org.budayang.kiosk.catalog.CatalogOrigin;
import org.budayang.kiosk.catalog.LoadedCatalog;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.security.MutableClock;
import org.budayang.kiosk.security.TechnicianGate;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.shell.CatalogModel;

/**
 * A kiosk context for UI tests and the screenshot tool: every device ONLINE but the cash acceptor, a clock at 10:30 Beijing time that tests move, same-thread executors, and a
 * catalogue "loaded" from central or, when {@link #centralUp} is false, from the cache.
 */
public final class UiFixture {
    /** 2026-11-26 10:30 in Asia/Shanghai: inside every sample item's service hours. */
    public static final Instant MORNING = Instant.parse("2026-11-26T02:30:00Z");
    /** The demo PIN of {@link KioskConfig#DEMO_PIN_HASH}. */
    public static final String DEMO_PIN = "246810";

    public final MutableClock clock = new MutableClock(MORNING);
    public final AtomicBoolean centralUp = new AtomicBoolean(true);
    public final AtomicInteger exits = new AtomicInteger();
    public final KioskConfig config;
    public final CatalogModel catalog;
    public final AvailabilityService availability;
    /** Every device role ONLINE except the cash acceptor (NOT_CONFIGURED); tests change it. */
    public final DeviceBoard devices;
    /** How the board delivers health changes: the calling thread, or {@code Platform::runLater} when real
     * device threads feed it (the integration tests). */
    public volatile java.util.concurrent.Executor deviceEvents = Runnable::run;
    /** How the kiosk prints; none until a test gives it a printer (the printing tests: the escpos driver). */
    public volatile PrintService printing = PrintService.none();
    private final Catalog source;

    private UiFixture(KioskConfig config, Catalog source) {
        this.config = config;
        this.source = source;
        this.catalog = new CatalogModel(this::load, Runnable::run, Runnable::run);
        this.devices = new DeviceBoard(clock, task -> deviceEvents.execute(task));
        for (DeviceRole role : DeviceRole.values()) {
            if (role != DeviceRole.CASH_ACCEPTOR) {
                devices.update(role, DeviceStatus.online(clock.instant()));
            }
        }
        this.availability = AvailabilityService.withDeviceStatuses(clock, centralUp::get, devices::status);
    }

    /** The sample catalogue and the demo configuration, changed by {@code customize}. */
    public static UiFixture create(UnaryOperator<KioskConfig.Builder> customize) {
        return create(customize, TestCatalogs.sample());
    }

    public static UiFixture create(UnaryOperator<KioskConfig.Builder> customize, Catalog catalog) {
        KioskConfig.Builder b = KioskConfig.builder(Path.of(System.getProperty("java.io.tmpdir"), "budayang-ui"));
        return new UiFixture(customize.apply(b).build(), catalog);
    }

    public static UiFixture standard() {
        return create(b -> b);
    }

    private LoadedCatalog load() {
        return centralUp.get()
                ? new LoadedCatalog(source, CatalogOrigin.CENTRAL, clock.instant(), true, null)
                : new LoadedCatalog(source, CatalogOrigin.CACHE, clock.instant(), false,
                        "Central http://127.0.0.1:1 did not answer (connection refused)");
    }

    /** A context whose long press is {@code longPress} (tests shorten it). */
    public KioskContext context(Duration longPress) {
        return context(longPress, IdCardAccess.none());
    }

    /** A context with an ID card reader (a real driver against the emulator in the identification tests). */
    public KioskContext context(Duration longPress, IdCardAccess cardReader) {
        return new KioskContext(config, config.centralUrl(), Messages.load(config.locale()), clock, catalog,
                availability, new TechnicianGate(config.technicianPinHash(), clock), cardReader, devices,
                exits::incrementAndGet, longPress, printing);
    }

    /**
     * A context wired as KioskMain wires it: availability and the choice screen both read
     * {@code identity.servingStatus(devices::status)} (a camera without a face check does not serve).
     */
    public KioskContext kioskWired(Duration longPress, IdCardAccess cardReader, IdentityDevices identity) {
        AvailabilityService wired = AvailabilityService.withDeviceStatuses(clock, centralUp::get,
                identity.servingStatus(devices::status));
        return new KioskContext(config, config.centralUrl(), Messages.load(config.locale()), clock, catalog, wired,
                new TechnicianGate(config.technicianPinHash(), clock), cardReader, devices, exits::incrementAndGet,
                longPress, printing, identity);
    }

    public KioskContext context() {
        return context(KioskContext.DEFAULT_LONG_PRESS);
    }
}
