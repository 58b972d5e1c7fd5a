package org.budayang.kiosk.ui.tech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.kiosk.core.config.ConfigException;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.provisioning.probe.PortResult;
import org.budayang.provisioning.probe.Probe;
import org.budayang.provisioning.probe.ProbeReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The technician panel's 设备探测 (issue #10): provisioning's {@link Probe} on the serial ports the kiosk does NOT use —
 * a port a configured device names is shown as 本机已使用 with its role and never touched (the probe's own busy check
 * does not see the kiosk, which is the probing process) — plus PC/SC readers, CUPS queues and cameras; the findings
 * and the proposed {@code device.*} lines. 应用并重启 writes the lines of the roles the kiosk does not have serving
 * ({@link ProbeApply}: atomic, with a backup) and restarts the kiosk as 注册到中心 does; a role whose device the kiosk
 * has working is left as it is. 返回 changes nothing.
 */
public final class ProbeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProbeViewModel.class);

    /** One proposed line and whether 应用并重启 writes it. */
    public record Proposed(String key, String value, boolean applied) {
        public Proposed {
            Objects.requireNonNull(key, "Proposed.key is required");
            Objects.requireNonNull(value, "Proposed.value is required");
        }
    }

    private final Probe probe;
    private final Supplier<List<String>> ports;
    private final Map<String, String> deviceLines;
    private final Predicate<String> serving;
    private final ProbeApply writer;
    private final Runnable restart;
    private final String cupsHost;
    private final int cupsPort;
    private final Messages messages;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<Proposed> proposal = FXCollections.observableArrayList();
    private final ObservableList<String> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<Proposed> proposalView = FXCollections.unmodifiableObservableList(proposal);
    private final ReadOnlyObjectWrapper<ProbePhase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            ProbePhase.READY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param probe       provisioning's probe (serial handshakes, PC/SC, CUPS, cameras)
     * @param ports       the system's serial ports ({@code SerialPorts::listed})
     * @param deviceLines the kiosk's {@code device.*} configuration (the ports it holds)
     * @param serving     whether the kiosk's device for a role (configuration key) is open and working
     * @param writer      writes the applied lines
     * @param restart     ends the application so that it starts again with the new devices
     * @param cupsHost    where CUPS is asked for its queues
     */
    public ProbeViewModel(Probe probe, Supplier<List<String>> ports, Map<String, String> deviceLines,
            Predicate<String> serving, ProbeApply writer, Runnable restart, String cupsHost, int cupsPort,
            Messages messages, Executor background, Executor fx) {
        this.probe = Objects.requireNonNull(probe, "ProbeViewModel.probe");
        this.ports = Objects.requireNonNull(ports, "ProbeViewModel.ports");
        this.deviceLines = Map.copyOf(deviceLines);
        this.serving = Objects.requireNonNull(serving, "ProbeViewModel.serving");
        this.writer = Objects.requireNonNull(writer, "ProbeViewModel.writer");
        this.restart = Objects.requireNonNull(restart, "ProbeViewModel.restart");
        this.cupsHost = Objects.requireNonNull(cupsHost, "ProbeViewModel.cupsHost");
        this.cupsPort = cupsPort;
        this.messages = Objects.requireNonNull(messages, "ProbeViewModel.messages");
        this.background = Objects.requireNonNull(background, "ProbeViewModel.background");
        this.fx = Objects.requireNonNull(fx, "ProbeViewModel.fx");
        open();
    }

    /** The page opens: the kiosk's own ports, nothing probed yet (a run in progress goes on). */
    public void open() {
        if (phase.get() == ProbePhase.PROBING || phase.get() == ProbePhase.APPLYING
                || phase.get() == ProbePhase.RESTARTING) {
            return;
        }
        phase.set(ProbePhase.READY);
        List<String> lines = new ArrayList<>();
        held().forEach((port, role) -> lines.add(messages.get("tech.probe.held", port, roleName(role))));
        findings.setAll(lines);
        proposal.clear();
        message.set(messages.get("tech.probe.ready"));
    }

    /** The ports the kiosk's devices name (device.&lt;role&gt;.port that is a path), with their role. */
    Map<String, String> held() {
        Map<String, String> held = new TreeMap<>();
        deviceLines.forEach((key, value) -> {
            if (key.startsWith("device.") && key.endsWith(".port") && value.startsWith("/")) {
                held.put(value, ProbeApply.role(key));
            }
        });
        return held;
    }

    /** 开始探测: the ports the kiosk does not hold, off the FX thread. */
    public void probe() {
        phase.get().require("probing", ProbePhase.READY, ProbePhase.FOUND);
        Map<String, String> held = held();
        List<String> heldReal = held.keySet().stream().map(ProbeViewModel::real).toList();
        List<String> candidates = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String port : ports.get()) {
            if (heldReal.contains(real(port))) {
                skipped.add(port);
            } else if (!candidates.contains(port)) {
                candidates.add(port);
            }
        }
        phase.set(ProbePhase.PROBING);
        proposal.clear();
        message.set(messages.get("tech.probe.probing", candidates.size()));
        LOG.info("Technician probes {} serial port(s) not used by the kiosk {}; left alone: {}", candidates.size(),
                candidates, held.keySet());
        background.execute(() -> {
            ProbeReport report;
            try {
                report = probe.run(candidates, cupsHost, cupsPort);
            } catch (RuntimeException e) {
                LOG.error("The probe failed", e);
                fx.execute(() -> {
                    phase.set(ProbePhase.READY);
                    message.set(messages.get("tech.probe.failed", e.toString()));
                });
                return;
            }
            fx.execute(() -> show(report, held));
        });
    }

    private void show(ProbeReport report, Map<String, String> held) {
        List<String> lines = new ArrayList<>();
        held.forEach((port, role) -> lines.add(messages.get("tech.probe.held", port, roleName(role))));
        for (PortResult port : report.ports()) {
            lines.add(port.device().map(d -> messages.get("tech.probe.identified", port.path(), roleName(d.role()),
                    d.driver(), String.valueOf(d.baud()), d.identity()))
                    .orElseGet(() -> messages.get("tech.probe.port." + port.state().name(), port.path(),
                            port.detail())));
        }
        lines.add(messages.get("tech.probe.readers", report.readers().readers().isEmpty()
                ? messages.get("tech.probe.none") + " " + report.readers().unavailable()
                : String.join("、", report.readers().readers())));
        lines.add(messages.get("tech.probe.cups", report.cups().server(), report.cups().queues().isEmpty()
                ? messages.get("tech.probe.none") + " " + report.cups().unavailable()
                : String.join("、", report.cups().queues().stream().map(q -> q.name() + "（" + q.stateText() + "）")
                .toList())));
        lines.add(messages.get("tech.probe.cameras", report.cameras().isEmpty() ? messages.get("tech.probe.none")
                : String.join("、", report.cameras())));
        report.notes().forEach(note -> lines.add(messages.get("tech.probe.note", note)));
        findings.setAll(lines);
        List<Proposed> proposed = new ArrayList<>();
        report.proposal().forEach((key, value) -> proposed.add(new Proposed(key, value,
                !serving.test(ProbeApply.role(key)))));
        proposal.setAll(proposed);
        phase.set(ProbePhase.FOUND);
        message.set(applicable().isEmpty() ? messages.get(proposed.isEmpty() ? "tech.probe.nothing"
                : "tech.probe.nothing_new") : messages.get("tech.probe.found", applicable().size()));
        LOG.info("Probe: {} device(s) found, {} line(s) proposed, {} to apply", report.devicesFound(), proposed.size(),
                applicable().size());
    }

    /** The lines 应用并重启 writes: those of roles the kiosk has no working device for. */
    public Map<String, String> applicable() {
        Map<String, String> lines = new LinkedHashMap<>();
        proposal.stream().filter(Proposed::applied).forEach(p -> lines.put(p.key(), p.value()));
        return lines;
    }

    /** 应用并重启: writes the applicable lines, then restarts the kiosk (off the FX thread). */
    public void apply() {
        phase.get().require("applying the proposal", ProbePhase.FOUND);
        Map<String, String> lines = applicable();
        if (lines.isEmpty()) {
            message.set(messages.get("tech.probe.nothing_new"));
            return;
        }
        phase.set(ProbePhase.APPLYING);
        message.set(messages.get("tech.probe.applying", writer.file().toString()));
        background.execute(() -> {
            try {
                writer.apply(lines);
            } catch (ConfigException refused) {
                LOG.warn("Technician's probe proposal was not written: {}", refused.getMessage());
                fx.execute(() -> {
                    phase.set(ProbePhase.FOUND);
                    message.set(messages.get("tech.probe.refused", refused.getMessage()));
                });
                return;
            }
            LOG.warn("Technician applied {} probed device line(s) to {}; restarting the kiosk", lines.size(),
                    writer.file());
            fx.execute(() -> {
                phase.set(ProbePhase.RESTARTING);
                message.set(messages.get("tech.probe.restarting", writer.file().toString()));
                restart.run();
            });
        });
    }

    private String roleName(String configKey) {
        return DeviceBoard.role(configKey).map(r -> messages.get("device." + r.name())).orElse(configKey);
    }

    private static String real(String port) {
        try {
            return Path.of(port).toRealPath().toString();
        } catch (IOException | RuntimeException missing) {
            return port;
        }
    }

    /** What was found: the kiosk's own ports, each probed port, readers, queues, cameras, notes. */
    public ObservableList<String> findings() {
        return findingsView;
    }

    /** The proposed lines, each marked whether 应用并重启 writes it. */
    public ObservableList<Proposed> proposal() {
        return proposalView;
    }

    public ReadOnlyObjectProperty<ProbePhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** What is happening or what happened, in Chinese. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
