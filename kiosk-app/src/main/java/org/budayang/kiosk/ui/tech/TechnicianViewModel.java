package org.budayang.kiosk.ui.tech;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.DeviceStatus;
import org.budayang.kiosk.catalog.LoadedCatalog;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.shell.CatalogModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The technician panel: where the catalogue came from, each device role's live health (conditions,
 * recommended action, detail), and so why items may be 暂不可办; a catalogue refresh, and the way out of
 * kiosk mode.
 */
public final class TechnicianViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TechnicianViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CatalogModel catalog;
    private final Messages messages;
    private final ZoneId zone;
    private final Runnable exitKioskMode;
    private final List<String> siteLines;
    private final List<String> deviceLines = new ArrayList<>();
    private final ObservableList<String> statusLines = FXCollections.observableArrayList();
    private final ObservableList<String> statusView = FXCollections.unmodifiableObservableList(statusLines);

    /**
     * @param exitKioskMode leaves kiosk mode; given by the composition root (ends the FX platform)
     */
    public TechnicianViewModel(CatalogModel catalog, Messages messages, ZoneId zone, String siteName,
            String regionCode, URI centralUrl, Runnable exitKioskMode, Map<DeviceRole, DeviceStatus> devices) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.exitKioskMode = Objects.requireNonNull(exitKioskMode, "exitKioskMode");
        this.siteLines = List.of(messages.get("tech.site", siteName, regionCode),
                messages.get("tech.central_url", String.valueOf(centralUrl)));
        catalog.loadedProperty().addListener((obs, old, now) -> update());
        showDevices(devices);
    }

    /** Shows each role's health, conditions, recommended action and detail (the supervisor's view). */
    public void showDevices(Map<DeviceRole, DeviceStatus> devices) {
        List<String> lines = new ArrayList<>();
        devices.forEach((role, status) -> lines.add(messages.get("tech.device", messages.get("device." + role.name()),
                role.configKey(), status.health(), status.conditions().isEmpty() ? "—"
                        : status.conditions().stream().map(Enum::name).collect(Collectors.joining(", ")),
                status.action(), status.detail().isEmpty() ? "—" : status.detail())));
        deviceLines.clear();
        deviceLines.addAll(lines);
        update();
    }

    private void update() {
        List<String> lines = new ArrayList<>(siteLines);
        LoadedCatalog l = catalog.loaded();
        if (l == null) {
            lines.add(messages.get("tech.catalog.not_loaded"));
        } else {
            lines.add(messages.get("tech.catalog.origin", messages.get("tech.origin." + l.origin().name())));
            lines.add(messages.get("tech.catalog.version", l.catalog().version()));
            lines.add(messages.get("tech.catalog.loaded_at", TIME.format(l.loadedAt().atZone(zone))));
            lines.add(messages.get(l.centralReachable()
                    ? "tech.catalog.central.reachable" : "tech.catalog.central.unreachable"));
            lines.add(l.hasProblem()
                    ? messages.get("tech.catalog.problem", l.problem()) : messages.get("tech.catalog.no_problem"));
        }
        lines.add(messages.get("tech.devices"));
        lines.addAll(deviceLines);
        statusLines.setAll(lines);
    }

    public void refreshCatalog() {
        LOG.info("Technician asked for a catalogue refresh");
        catalog.refresh();
    }

    public void exitKioskMode() {
        LOG.warn("Technician leaves kiosk mode");
        exitKioskMode.run();
    }

    public ObservableList<String> statusLines() {
        return statusView;
    }
}
