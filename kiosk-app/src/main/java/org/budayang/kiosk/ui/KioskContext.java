package org.budayang.kiosk.ui;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.budayang.kiosk.availability.AvailabilityService;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.security.TechnicianGate;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.shell.CatalogModel;

/**
 * Everything the kiosk's screens need, wired by the composition root ({@code KioskMain}) or a test.
 *
 * @param config        the kiosk's configuration
 * @param centralUrl    the central actually used (the configuration's, or the command line's override)
 * @param messages      the citizen-facing texts
 * @param clock         the time source (tests pass a controllable one)
 * @param catalog       the catalogue and its refresh
 * @param availability  whether an item can be done here now
 * @param gate          the technician PIN check
 * @param cardReader    the ID card reader ({@link IdCardAccess#none()} when the kiosk has none)
 * @param devices       every device role's live health (fed by the driver supervisor)
 * @param exitKioskMode leaves kiosk mode (the composition root ends the FX platform)
 * @param longPress     how long the hidden corner must be held to open the PIN pad (3 s and more)
 * @param printing      prints receipts and documents off the FX thread ({@link PrintService#none()} without printers)
 * @param identity      the 社保卡 reader, code scanner and camera ({@link IdentityDevices#none()} without them)
 * @param desk          central's department functions, the printers and the journal for the citizen flows
 *                      ({@link ServiceDesk#unavailable} when not wired)
 */
public record KioskContext(KioskConfig config, URI centralUrl, Messages messages, Clock clock, CatalogModel catalog,
        AvailabilityService availability, TechnicianGate gate, IdCardAccess cardReader, DeviceBoard devices,
        Runnable exitKioskMode,
        Duration longPress, PrintService printing, IdentityDevices identity, ServiceDesk desk) {

    /** The shortest long press that opens the PIN pad in a real kiosk. */
    public static final Duration DEFAULT_LONG_PRESS = Duration.ofSeconds(3);

    public KioskContext {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(centralUrl, "centralUrl");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(cardReader, "cardReader");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(exitKioskMode, "exitKioskMode");
        Objects.requireNonNull(longPress, "longPress");
        Objects.requireNonNull(printing, "printing");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(desk, "desk");
        if (longPress.isNegative() || longPress.isZero()) {
            throw new IllegalArgumentException("KioskContext.longPress must be positive, got " + longPress);
        }
    }

    /** A context without a service desk (citizen flows answer DESK_NOT_AVAILABLE). */
    public KioskContext(KioskConfig config, URI centralUrl, Messages messages, Clock clock, CatalogModel catalog,
            AvailabilityService availability, TechnicianGate gate, IdCardAccess cardReader, DeviceBoard devices,
            Runnable exitKioskMode, Duration longPress, PrintService printing, IdentityDevices identity) {
        this(config, centralUrl, messages, clock, catalog, availability, gate, cardReader, devices, exitKioskMode,
                longPress, printing, identity, ServiceDesk.unavailable("no service desk is wired into this kiosk"
                        + " context", config.sitePhone()));
    }

    /** A context without printers (every print request ends NOT_READY). */
    public KioskContext(KioskConfig config, URI centralUrl, Messages messages, Clock clock, CatalogModel catalog,
            AvailabilityService availability, TechnicianGate gate, IdCardAccess cardReader, DeviceBoard devices,
            Runnable exitKioskMode, Duration longPress) {
        this(config, centralUrl, messages, clock, catalog, availability, gate, cardReader, devices, exitKioskMode,
                longPress, PrintService.none(), IdentityDevices.none());
    }

    /** A context without the identification devices of issue #6 (ID card only). */
    public KioskContext(KioskConfig config, URI centralUrl, Messages messages, Clock clock, CatalogModel catalog,
            AvailabilityService availability, TechnicianGate gate, IdCardAccess cardReader, DeviceBoard devices,
            Runnable exitKioskMode, Duration longPress, PrintService printing) {
        this(config, centralUrl, messages, clock, catalog, availability, gate, cardReader, devices, exitKioskMode,
                longPress, printing, IdentityDevices.none());
    }

    /** A copy with the identification devices of issue #6. */
    public KioskContext withIdentity(IdentityDevices other) {
        return new KioskContext(config, centralUrl, messages, clock, catalog, availability, gate, cardReader,
                devices, exitKioskMode, longPress, printing, other, desk);
    }

    /** A copy with the service desk of the citizen flows. */
    public KioskContext withDesk(ServiceDesk other) {
        return new KioskContext(config, centralUrl, messages, clock, catalog, availability, gate, cardReader,
                devices, exitKioskMode, longPress, printing, identity, other);
    }

    /** A copy with another configuration (the screenshot tool renders both themes and orientations). */
    public KioskContext withConfig(KioskConfig other) {
        return new KioskContext(other, centralUrl, messages, clock, catalog, availability, gate, cardReader,
                devices, exitKioskMode, longPress, printing, identity, desk);
    }
}
