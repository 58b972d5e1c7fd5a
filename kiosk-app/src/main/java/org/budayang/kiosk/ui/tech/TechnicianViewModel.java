package org.budayang.kiosk.ui.tech;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.catalog.LoadedCatalog;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.shell.CatalogModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The technician panel: where the catalogue came from, each device role's live health (conditions,
 * recommended action, detail), and so why items may be 暂不可办; a catalogue refresh, and the way out of
 * kiosk mode.
 *
 * <p>A device whose status recommends {@link RecommendedAction#CLEAR} (paper out, jam, cover open) gets
 * "已处理（如纸已补充）" once staff have fixed it: {@link #conditionCleared} asks the device to forget what it
 * cannot re-sense and check again ({@link DeviceClearing}, off the FX thread), and {@link #clearResultProperty()}
 * tells how it went. The board and the items' availability follow by themselves from the supervisor's status
 * listener ({@link #showDevices}).
 *
 * <p>Under the panel, one level down and no further (three levels at most): 设备自检 ({@link SelftestViewModel}),
 * 设备探测 ({@link ProbeViewModel}) and 注册到中心 ({@link EnrolViewModel}), each wired by the composition root;
 * {@link #pageProperty()} says which is shown.
 */
public final class TechnicianViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TechnicianViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CatalogModel catalog;
    private final Messages messages;
    private final ZoneId zone;
    private final Runnable exitKioskMode;
    private final List<String> siteLines;
    private final ObservableList<String> generalLines = FXCollections.observableArrayList();
    private final ObservableList<DeviceRow> deviceRows = FXCollections.observableArrayList();
    private final ObservableList<String> generalView = FXCollections.unmodifiableObservableList(generalLines);
    private final ObservableList<DeviceRow> deviceRowsView = FXCollections.unmodifiableObservableList(deviceRows);
    private final ReadOnlyObjectWrapper<DeviceRole> clearing = new ReadOnlyObjectWrapper<>(this, "clearing");
    private final ReadOnlyStringWrapper clearResult = new ReadOnlyStringWrapper(this, "clearResult", "");
    private final ReadOnlyObjectWrapper<EnrolViewModel> enrolment = new ReadOnlyObjectWrapper<>(this, "enrolment");
    private final ReadOnlyObjectWrapper<SelftestViewModel> selftest = new ReadOnlyObjectWrapper<>(this, "selftest");
    private final ReadOnlyObjectWrapper<ProbeViewModel> probe = new ReadOnlyObjectWrapper<>(this, "probe");
    private final ReadOnlyObjectWrapper<TechPage> page = new ReadOnlyObjectWrapper<>(this, "page", TechPage.PANEL);
    private final javafx.beans.binding.BooleanBinding enrolOpen = page.isEqualTo(TechPage.ENROL);
    private Map<DeviceRole, DeviceStatus> devices = Map.of();
    private DeviceClearing clearer = DeviceClearing.none();

    /**
     * One device's line on the panel.
     *
     * @param role      the role
     * @param line      health, conditions, action and detail
     * @param clearable its status recommends CLEAR and a device serves the role: "已处理" is offered
     */
    public record DeviceRow(DeviceRole role, String line, boolean clearable) {
        public DeviceRow {
            Objects.requireNonNull(role, "DeviceRow.role is required");
            Objects.requireNonNull(line, "DeviceRow.line is required");
        }
    }

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
        this.devices = new EnumMap<>(DeviceRole.class);
        this.devices.putAll(devices);
        List<DeviceRow> rows = new ArrayList<>();
        devices.forEach((role, status) -> rows.add(new DeviceRow(role, messages.get("tech.device", name(role),
                role.configKey(), status.health(), status.conditions().isEmpty() ? "—"
                        : status.conditions().stream().map(Enum::name).collect(Collectors.joining(", ")),
                status.action(), status.detail().isEmpty() ? "—" : status.detail()),
                status.action() == RecommendedAction.CLEAR && clearer.has(role))));
        deviceRows.setAll(rows);
        update();
    }

    /**
     * Gives the panel the kiosk's devices, so that it can offer "已处理" (the composition root calls it once, with
     * the supervised devices; without it no button is shown).
     */
    public void useClearing(DeviceClearing clearing) {
        this.clearer = Objects.requireNonNull(clearing, "clearing");
        showDevices(devices);
    }

    /**
     * Gives the panel its 注册到中心 page (the composition root calls it once; without it the panel offers none).
     */
    public void useEnrolment(EnrolViewModel page) {
        enrolment.set(Objects.requireNonNull(page, "page"));
    }

    /** 注册到中心: opens the enrolment page over the panel, showing the stored enrolment as it is now. */
    public void openEnrolment() {
        EnrolViewModel enrolPage = enrolment.get();
        if (enrolPage == null) {
            LOG.info("Technician: no enrolment page is wired in this kiosk");
            return;
        }
        enrolPage.open();
        page.set(TechPage.ENROL);
    }

    /**
     * Gives the panel its 设备自检 page (the composition root calls it once, with the kiosk's devices; without it the
     * panel offers none).
     */
    public void useSelftest(SelftestViewModel selftestPage) {
        selftest.set(Objects.requireNonNull(selftestPage, "selftestPage"));
    }

    /** Gives the panel its 设备探测 page (the composition root calls it once; without it the panel offers none). */
    public void useProbe(ProbeViewModel probePage) {
        probe.set(Objects.requireNonNull(probePage, "probePage"));
    }

    /** 设备自检: opens the self-test page over the panel. */
    public void openSelftest() {
        SelftestViewModel selftestPage = selftest.get();
        if (selftestPage == null) {
            LOG.info("Technician: no self-test page is wired in this kiosk");
            return;
        }
        selftestPage.open();
        page.set(TechPage.SELFTEST);
    }

    /** 设备探测: opens the probe page over the panel. */
    public void openProbe() {
        ProbeViewModel probePage = probe.get();
        if (probePage == null) {
            LOG.info("Technician: no probe page is wired in this kiosk");
            return;
        }
        probePage.open();
        page.set(TechPage.PROBE);
    }

    /**
     * Back to the panel's main page from any page (its 返回, or the panel closing: the overlay left, the idle wipe);
     * a self-test that runs is stopped.
     */
    public void closePage() {
        SelftestViewModel selftestPage = selftest.get();
        if (selftestPage != null) {
            selftestPage.stop();
        }
        page.set(TechPage.PANEL);
    }

    /** {@link #closePage()} (the 注册到中心 page's 返回). */
    public void closeEnrolment() {
        closePage();
    }

    /** The 注册到中心 page, null until {@link #useEnrolment} wired one. */
    public ReadOnlyObjectProperty<EnrolViewModel> enrolmentProperty() {
        return enrolment.getReadOnlyProperty();
    }

    /** The 设备自检 page, null until {@link #useSelftest} wired one. */
    public ReadOnlyObjectProperty<SelftestViewModel> selftestProperty() {
        return selftest.getReadOnlyProperty();
    }

    /** The 设备探测 page, null until {@link #useProbe} wired one. */
    public ReadOnlyObjectProperty<ProbeViewModel> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    /** The page shown: the panel itself or one of its pages. */
    public ReadOnlyObjectProperty<TechPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public javafx.beans.binding.BooleanExpression enrolOpenProperty() {
        return enrolOpen;
    }

    /**
     * Staff pressed "已处理（如纸已补充）" for {@code role}: the device is asked to check again (one role at a time;
     * ignored while a clearing runs or when the role's status does not recommend CLEAR).
     */
    public void conditionCleared(DeviceRole role) {
        Objects.requireNonNull(role, "role");
        boolean offered = deviceRows.stream().anyMatch(row -> row.role() == role && row.clearable());
        if (clearing.get() != null || !offered) {
            LOG.info("Technician: clearing {} ignored ({})", role.configKey(), clearing.get() != null
                    ? "clearing " + clearing.get().configKey() + " is running" : "its status does not recommend CLEAR");
            return;
        }
        clearing.set(role);
        clearResult.set(messages.get("tech.clear.running", name(role)));
        clearer.clear(role, outcome -> {
            clearing.set(null);
            clearResult.set(describe(role, outcome));
        });
    }

    private String describe(DeviceRole role, Outcome<DeviceStatus> outcome) {
        String name = name(role);
        if (outcome instanceof Outcome.Success<DeviceStatus> success) {
            DeviceStatus status = success.value();
            return status.action() == RecommendedAction.CLEAR
                    ? messages.get("tech.clear.still", name, status.health(),
                            status.conditions().stream().map(Enum::name).collect(Collectors.joining(", ")))
                    : messages.get("tech.clear.done", name, status.health());
        }
        if (outcome instanceof Outcome.TimedOut<DeviceStatus> timedOut) {
            return messages.get("tech.clear.timed_out", name, timedOut.operation());
        }
        if (outcome instanceof Outcome.DeviceError<DeviceStatus> error) {
            return messages.get("tech.clear.failed", name, error.code(), error.detail());
        }
        return messages.get("tech.clear.cancelled", name);
    }

    private String name(DeviceRole role) {
        return messages.get("device." + role.name());
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
        generalLines.setAll(lines);
    }

    public void refreshCatalog() {
        LOG.info("Technician asked for a catalogue refresh");
        catalog.refresh();
    }

    public void exitKioskMode() {
        LOG.warn("Technician leaves kiosk mode");
        exitKioskMode.run();
    }

    /** The site and catalogue lines and the devices' heading (what {@link #deviceRows()} follow on the panel). */
    public ObservableList<String> generalLines() {
        return generalView;
    }

    public ObservableList<DeviceRow> deviceRows() {
        return deviceRowsView;
    }

    /** The role being cleared now, or null. */
    public ReadOnlyObjectProperty<DeviceRole> clearingProperty() {
        return clearing.getReadOnlyProperty();
    }

    /** How the last "已处理" went (empty before the first). */
    public ReadOnlyStringProperty clearResultProperty() {
        return clearResult.getReadOnlyProperty();
    }
}
