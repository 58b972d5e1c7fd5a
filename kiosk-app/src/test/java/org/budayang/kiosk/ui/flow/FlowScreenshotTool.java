package org.budayang.kiosk.ui.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.services.Requirement;
import org.budayang.api.services.Satisfaction;
import org.budayang.driver.DeviceStatus;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.ScreenshotTool;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.shell.KioskShell;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/**
 * Writes PNG screenshots of every step type's screen of the item flow in both themes and orientations, to
 * {@code target/screenshots/flow/<step>-<theme>-<orientation>.png}. Headless under Monocle, central's catalogue
 * file, the recording desk; the desk's calls wait in a queue so that the working screens can be taken too.
 *
 * <pre>
 * FlowScreenshotTool [--out DIR]    (default target/screenshots/flow)
 * </pre>
 */
public final class FlowScreenshotTool {
    private final Path out;
    private int written;

    private FlowScreenshotTool(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length == 2 && args[0].equals("--out") ? Path.of(args[1])
                : Path.of("target", "screenshots", "flow");
        ScreenshotTool.headless();
        Files.createDirectories(out);
        FlowScreenshotTool tool = new FlowScreenshotTool(out);
        Platform.startup(() -> Platform.setImplicitExit(false));
        try {
            for (Theme theme : Theme.values()) {
                for (Orientation orientation : Orientation.values()) {
                    CompletableFuture<Void> done = new CompletableFuture<>();
                    Platform.runLater(() -> {
                        try {
                            tool.render(theme, orientation);
                            done.complete(null);
                        } catch (Exception | Error e) {
                            done.completeExceptionally(e);
                        }
                    });
                    done.get(300, TimeUnit.SECONDS);
                }
            }
        } finally {
            Platform.exit();
        }
        System.out.println("Wrote " + tool.written + " flow screenshots to " + out.toAbsolutePath());
    }

    /** The desk's calls wait here until {@link #drain()}. */
    private static final class Queue implements Executor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void drain() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private void render(Theme theme, Orientation orientation) throws Exception {
        try (FlowRig rig = new FlowRig(b -> b.theme(theme).orientation(orientation), FlowRig.RUN_HERE)) {
            rig.fixture.devices.update(DeviceRole.CASH_ACCEPTOR, DeviceStatus.online(Instant.now()));
            Queue work = new Queue();
            FlowRuntime runtime = new FlowRuntime(work, Runnable::run, rig.speaker,
                    new BasicInputEditors(Messages.load(rig.fixture.config.locale()), rig.fixture.clock));
            KioskShell shell = new KioskShell(rig.context, runtime);
            Scene scene = shell.createScene();
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            String suffix = "-" + theme.configValue() + "-" + orientation.configValue();
            try {
                shots(new Shots(rig, shell.viewModel(), work, scene, suffix));
            } finally {
                shell.stop();
                stage.hide();
            }
        }
    }

    private record Shots(FlowRig rig, ShellViewModel vm, Queue work, Scene scene, String suffix) {
        FlowEngine flow() {
            return vm.flow();
        }
    }

    private void shot(Shots s, String name) {
        s.work().drain();
        ScreenshotTool.writePng(s.scene(), out.resolve(name + s.suffix() + ".png"));
        written++;
    }

    private void identify(Shots s, String item, boolean shoot) {
        s.vm().start();
        s.vm().openItem(s.rig().item(item));
        s.vm().startItem();
        if (shoot) {
            shot(s, "01-identify");
        }
        s.vm().identificationChoice().choose(IdentificationWay.ID_CARD);
        s.rig().reader.emulator.place(ReaderRig.ZHANG_SAN);
        s.vm().cardEvent(FlowRig.PLACED);
        if (shoot) {
            s.rig().camera.frame(200);
            shot(s, "02-face");
        }
        s.rig().showFace();
        s.work().drain();
    }

    private void shots(Shots s) {
        FlowEngine flow = s.flow();
        identify(s, FlowRig.INSURANCE_PROOF, true);
        shot(s, "03-choose-empty");
        flow.form().update("certificateKind", "参保证明", true);
        flow.form().update("year", "2026", true);
        flow.next();
        ScreenshotTool.writePng(s.scene(), out.resolve("04-print-working" + s.suffix() + ".png"));
        written++;
        shot(s, "05-evaluate");
        flow.evaluation().rate(Satisfaction.DISSATISFIED);
        flow.evaluation().toggleReason(flow.evaluation().reasonChoices().get(0));
        shot(s, "06-evaluate-reasons");
        flow.evaluation().sendEvaluation();
        shot(s, "07-finish");
        flow.returnHome();
        s.vm().finish();

        s.rig().desk.failNext("print", "PRINTER_PAPER_OUT", "打印纸用完了，本次没有打印成功", true);
        identify(s, FlowRig.INSURANCE_PROOF, false);
        flow.form().update("certificateKind", "缴费明细", true);
        flow.form().update("year", "2025", true);
        flow.next();
        shot(s, "08-print-failed");
        s.vm().openHelp();
        shot(s, "09-help");
        s.vm().finish();

        identify(s, FlowRig.NO_CRIMINAL_RECORD, false);
        shot(s, "10-fill");
        flow.form().update("purpose", "就业", true);
        flow.form().update("useUnit", "兰州某公司", true);
        flow.next();
        shot(s, "11-commitment");
        flow.commitment().agreedProperty().set(true);
        flow.next();
        s.rig().showFace();
        shot(s, "12-submit-accepted");
        s.vm().finish();

        identify(s, FlowRig.DEFERRED_FILING, false);
        flow.form().update("filingType", "异地长期居住", true);
        flow.form().update("treatmentRegion", "440305", true);
        flow.next();
        shot(s, "13-fill-prefilled");
        flow.form().update("startDate", "2026-12-01", true);
        flow.form().update("address", "深圳市南山区某街道1号", true);
        flow.form().update("phone", "13800000000", true);
        flow.next();
        flow.commitment().toggleLacking("异地居住证明");
        shot(s, "14-commitment-deferral");
        flow.commitment().agreedProperty().set(true);
        flow.next();
        s.rig().showFace();
        shot(s, "15-submit-deferred");
        s.vm().finish();

        s.rig().desk.unmet.add(new Requirement("CONDITION", "参保状态", "参保状态异常，请先到医保窗口核实"));
        identify(s, FlowRig.MEDICAL_FILING, false);
        flow.form().update("filingType", "异地长期居住", true);
        flow.form().update("treatmentRegion", "440305", true);
        flow.next();
        flow.form().update("startDate", "2026-12-01", true);
        flow.form().update("address", "深圳市南山区某街道1号", true);
        flow.form().update("phone", "13800000000", true);
        flow.next();
        flow.commitment().agreedProperty().set(true);
        flow.next();
        s.rig().showFace();
        shot(s, "16-submit-refused");
        s.rig().desk.unmet.clear();
        s.vm().finish();

        s.rig().desk.historyRows = 20;
        identify(s, FlowRig.TEST_ONLY, false);
        flow.form().update("phone", "13912345678", true);
        flow.form().update("claimDate", "2026-10-01", true);
        flow.next();
        flow.form().update("months", "6个月", true);
        flow.next();
        shot(s, "17-confirm-result");
        flow.answers().nextPage();
        shot(s, "18-confirm-result-page2");
        s.vm().finish();
        s.rig().desk.historyRows = 3;

        identify(s, FlowRig.MEDICAL_PAYMENT, false);
        flow.next();
        shot(s, "19-pay");
        s.vm().finish();

        s.rig().desk.departmentDown(Department.TAX);
        identify(s, FlowRig.TAX_RECORD, false);
        flow.form().update("fromYear", "2025", true);
        flow.form().update("toYear", "2026", true);
        flow.next();
        shot(s, "20-unavailable");
        s.vm().finish();
    }
}
