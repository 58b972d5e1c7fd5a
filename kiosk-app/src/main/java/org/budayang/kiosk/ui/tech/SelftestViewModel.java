package org.budayang.kiosk.ui.tech;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Device;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.provisioning.fleet.SelftestUploads;
import org.budayang.provisioning.selftest.Exercises;
import org.budayang.provisioning.selftest.RoleResult;
import org.budayang.provisioning.selftest.SelfTest;
import org.budayang.provisioning.selftest.SelftestReport;
import org.budayang.provisioning.selftest.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The technician panel's 设备自检 (issue #10): provisioning's self-test ({@link SelfTest#runOpen}) on the devices the
 * kiosk already holds, one role at a time off the FX thread, with the technician's prompt (请把一张身份证放在读卡区…)
 * shown large, the progress, 跳过 (the role under test is skipped, not failed) and 返回 (stops); each role's result
 * (通过/未通过, model/firmware, 处理建议) and a summary. The report is written like the CLI's
 * ({@link SelftestFiles}: {@code <data.dir>/provisioning/selftest-last.json} and {@code .pdf}) and, on an enrolled
 * kiosk, queued for central ({@link SelftestSender}).
 */
public final class SelftestViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SelftestViewModel.class);
    /** How long a step that needs the technician's hand waits (a card, a note, a code). */
    public static final Duration HAND_TIME = Duration.ofSeconds(30);
    /** How long a step the device does alone may take (a print, a capture). */
    public static final Duration MACHINE_TIME = Duration.ofSeconds(20);

    /** What one role's line shows. */
    public enum RowState { WAITING, TESTING, PASSED, FAILED, SKIPPED }

    /**
     * One role on the page.
     *
     * @param role   the role
     * @param state  where its test stands
     * @param line   its name, driver and result (model/firmware on a pass, code and detail on a failure)
     * @param advice 处理建议 in Chinese on a failure, else empty
     */
    public record Row(DeviceRole role, RowState state, String line, String advice) {
        public Row {
            Objects.requireNonNull(role, "Row.role is required");
            Objects.requireNonNull(state, "Row.state is required");
            Objects.requireNonNull(line, "Row.line is required");
            Objects.requireNonNull(advice, "Row.advice is required (may be empty)");
        }
    }

    private final Function<DeviceRole, Optional<? extends Device>> devices;
    private final String kioskName;
    private final SelftestFiles files;
    private final SelftestSender uploads;
    private final String appVersion;
    private final Messages messages;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final SelfTest selfTest;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<SelftestPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            SelftestPhase.READY);
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ReadOnlyStringWrapper promptEn = new ReadOnlyStringWrapper(this, "promptEn", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private volatile CancelToken current = new CancelToken();
    private volatile boolean stopped;

    /**
     * @param devices    the device the kiosk holds for a role ({@code KioskDevices::device})
     * @param kioskName  what the test prints and the report name the kiosk as (the site's name)
     * @param files      where the report is written
     * @param uploads    where the report goes for central
     * @param appVersion the kiosk's version, sent with the report
     * @param handTime   how long a step waits for the technician's hand ({@link #HAND_TIME})
     * @param background runs the tests (never the FX thread)
     * @param fx         shows results ({@code Platform::runLater})
     */
    public SelftestViewModel(Function<DeviceRole, Optional<? extends Device>> devices, String kioskName,
            SelftestFiles files, SelftestSender uploads, String appVersion, Messages messages, Clock clock,
            Duration handTime, Executor background, Executor fx) {
        this.devices = Objects.requireNonNull(devices, "SelftestViewModel.devices");
        this.kioskName = Objects.requireNonNull(kioskName, "SelftestViewModel.kioskName");
        this.files = Objects.requireNonNull(files, "SelftestViewModel.files");
        this.uploads = Objects.requireNonNull(uploads, "SelftestViewModel.uploads");
        this.appVersion = Objects.requireNonNull(appVersion, "SelftestViewModel.appVersion");
        this.messages = Objects.requireNonNull(messages, "SelftestViewModel.messages");
        this.clock = Objects.requireNonNull(clock, "SelftestViewModel.clock");
        this.background = Objects.requireNonNull(background, "SelftestViewModel.background");
        this.fx = Objects.requireNonNull(fx, "SelftestViewModel.fx");
        Exercises exercises = new Exercises(this::prompted, handTime, MACHINE_TIME, clock, kioskName);
        // runOpen builds no device: the registry is the CLI path's, unused here
        this.selfTest = new SelfTest(DriverRegistry.builder().build(), exercises, clock);
        open();
    }

    /** The page opens: the configured roles, waiting (a finished run's results stay until the next start). */
    public void open() {
        if (phase.get() == SelftestPhase.RUNNING) {
            return;
        }
        if (phase.get() == SelftestPhase.READY) {
            List<Row> waiting = new ArrayList<>();
            for (DeviceRole role : roles()) {
                waiting.add(new Row(role, RowState.WAITING, messages.get("tech.selftest.row.waiting", name(role),
                        role.configKey()), ""));
            }
            rows.setAll(waiting);
            prompt.set(waiting.isEmpty() ? messages.get("tech.selftest.none") : messages.get("tech.selftest.ready",
                    waiting.size()));
            promptEn.set("");
            progress.set("");
            summary.set("");
        }
    }

    private List<DeviceRole> roles() {
        List<DeviceRole> configured = new ArrayList<>();
        for (DeviceRole role : DeviceRole.values()) {
            if (devices.apply(role).isPresent()) {
                configured.add(role);
            }
        }
        return configured;
    }

    /** 开始自检: every configured role, one after the other, off the FX thread. */
    public void start() {
        phase.get().require("starting the self-test", SelftestPhase.READY, SelftestPhase.DONE);
        List<DeviceRole> roles = roles();
        if (roles.isEmpty()) {
            prompt.set(messages.get("tech.selftest.none"));
            return;
        }
        stopped = false;
        phase.set(SelftestPhase.RUNNING);
        rows.setAll(roles.stream().map(role -> new Row(role, RowState.WAITING,
                messages.get("tech.selftest.row.waiting", name(role), role.configKey()), "")).toList());
        summary.set("");
        LOG.info("Technician starts the self-test of {} role(s) on the running kiosk", roles.size());
        background.execute(() -> runAll(roles));
    }

    /** 跳过: the role under test ends now and is reported as skipped. */
    public void skip() {
        if (phase.get() == SelftestPhase.RUNNING) {
            LOG.info("Technician skips the role under test");
            current.cancel();
        }
    }

    /** 返回 (or the panel closing): a running self-test stops after the role under test; no report is written. */
    public void stop() {
        if (phase.get() == SelftestPhase.RUNNING) {
            LOG.info("Technician leaves the self-test while it runs: stopping it");
            stopped = true;
            current.cancel();
        }
    }

    private void runAll(List<DeviceRole> roles) {
        List<RoleResult> results = new ArrayList<>();
        List<DeviceRole> skipped = new ArrayList<>();
        for (int i = 0; i < roles.size() && !stopped; i++) {
            DeviceRole role = roles.get(i);
            CancelToken token = new CancelToken();
            current = token;
            int number = i + 1;
            fx.execute(() -> {
                progress.set(messages.get("tech.selftest.progress", number, roles.size(), name(role)));
                prompt.set(messages.get("tech.selftest.testing", name(role)));
                promptEn.set("");
                replace(role, RowState.TESTING, messages.get("tech.selftest.row.testing", name(role), role.configKey()),
                        "");
            });
            Optional<? extends Device> device = devices.apply(role);
            RoleResult result = device.isPresent() ? selfTest.runOpen(role.configKey(), device.get(), token) : null;
            // a role that passed before the 跳过 arrived keeps its pass
            if (result == null || token.isCancelled() && result.verdict() == Verdict.FAIL) {
                skipped.add(role);
                fx.execute(() -> replace(role, RowState.SKIPPED, messages.get("tech.selftest.row.skipped", name(role),
                        role.configKey()), ""));
            } else {
                results.add(result);
                fx.execute(() -> show(role, result));
            }
        }
        if (stopped) {
            fx.execute(() -> {
                phase.set(SelftestPhase.READY);
                open();
                summary.set(messages.get("tech.selftest.stopped"));
            });
            return;
        }
        finish(results, skipped);
    }

    private void finish(List<RoleResult> results, List<DeviceRole> skipped) {
        SelftestReport report = new SelftestReport(kioskName, clock.instant(), results);
        String saved;
        try {
            files.write(report);
            saved = messages.get("tech.selftest.saved", files.pdf().toString());
        } catch (IOException | RuntimeException e) {
            LOG.error("The self-test report could not be written: {}", e.getMessage());
            saved = messages.get("tech.selftest.not_saved", e.getMessage());
        }
        String sent;
        if (results.isEmpty()) {
            sent = "";
        } else {
            try {
                // provisioning's conversion of the report, as the CLI sends it; the kiosk names its own version
                SelftestUpload upload = SelftestUploads.fromReport(report.toJson());
                sent = uploads.send(new SelftestUpload(appVersion, upload.ranAt(), upload.checks()))
                        ? messages.get("tech.selftest.queued") : messages.get("tech.selftest.local_only");
            } catch (RuntimeException e) {
                LOG.error("The self-test report could not be queued for central: {}", e.getMessage());
                sent = messages.get("tech.selftest.not_queued", e.getMessage());
            }
        }
        long passed = results.stream().filter(r -> r.verdict() == Verdict.PASS).count();
        String text = messages.get("tech.selftest.summary", results.size() + skipped.size(), passed,
                results.size() - passed, skipped.size()) + "\n" + saved + (sent.isEmpty() ? "" : "\n" + sent);
        LOG.info("Self-test on the running kiosk: {} passed, {} failed, {} skipped", passed, results.size() - passed,
                skipped.size());
        fx.execute(() -> {
            phase.set(SelftestPhase.DONE);
            progress.set("");
            prompt.set(messages.get(passed == results.size() && skipped.isEmpty() ? "tech.selftest.all_passed"
                    : "tech.selftest.done"));
            promptEn.set("");
            summary.set(text);
        });
    }

    /** The self-test asks for the technician's hand (a driver thread): "中文 / English" shown large, Chinese first. */
    private void prompted(String text) {
        int slash = text.indexOf(" / ");
        String zh = slash < 0 ? text : text.substring(0, slash);
        String en = slash < 0 ? "" : text.substring(slash + 3);
        fx.execute(() -> {
            prompt.set(zh);
            promptEn.set(en);
        });
    }

    private void show(DeviceRole role, RoleResult result) {
        if (result.verdict() == Verdict.PASS) {
            replace(role, RowState.PASSED, messages.get("tech.selftest.row.passed", name(role), result.driver(),
                    result.check(), result.identity().isEmpty() ? "—" : result.identity()), "");
        } else {
            replace(role, RowState.FAILED, messages.get("tech.selftest.row.failed", name(role), result.driver(),
                    result.code(), result.detail()), messages.get("tech.selftest.advice", result.adviceZh()));
        }
    }

    private void replace(DeviceRole role, RowState state, String line, String advice) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).role() == role) {
                rows.set(i, new Row(role, state, line, advice));
                return;
            }
        }
        rows.add(new Row(role, state, line, advice));
    }

    private String name(DeviceRole role) {
        return messages.get("device." + role.name());
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<SelftestPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** What the technician should do now, in Chinese (large on the page). */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** The same prompt in English when the self-test gave one (small, under it). */
    public ReadOnlyStringProperty promptEnProperty() {
        return promptEn.getReadOnlyProperty();
    }

    /** 第 2 项 / 共 4 项：凭条打印机, empty unless running. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The counts, where the report was saved and whether it was queued for central; empty until done. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
