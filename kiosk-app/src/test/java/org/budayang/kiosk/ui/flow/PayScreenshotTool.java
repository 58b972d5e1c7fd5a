package org.budayang.kiosk.ui.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javax.imageio.ImageIO;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.escpos.emulator.ReceiptRenderer;
import org.budayang.driver.testkit.EmulatorCable;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.payment.PayKiosk;
import org.budayang.kiosk.payment.PayingDesk;
import org.budayang.kiosk.payment.PaymentCentral;
import org.budayang.kiosk.service.PrinterRig;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceTx;
import org.budayang.kiosk.speech.PromptSpeaker;
import org.budayang.kiosk.ui.ScreenshotTool;
import org.budayang.kiosk.ui.common.Messages;

/**
 * Writes PNGs of the PAY step's screens (portrait 1080×1920, standard theme, the kiosk's style sheets): the bill,
 * cash in progress (a 50 元 note just refused), the QR with its countdown, paid, and the refund; and the 缴费凭证 and
 * 退款凭证 as the printer emulator printed them. Headless under Monocle; the payments central over HTTP, the real
 * cash-ssp driver on the acceptor emulator, the real escpos driver on the printer emulator.
 *
 * <pre>
 * PayScreenshotTool [--out DIR]    (default target/screenshots/pay)
 * </pre>
 */
public final class PayScreenshotTool {
    private final Path out;
    private Scene scene;
    private PayModel pay;

    private PayScreenshotTool(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length == 2 && args[0].equals("--out") ? Path.of(args[1])
                : Path.of("target", "screenshots", "pay");
        ScreenshotTool.headless();
        Files.createDirectories(out);
        Platform.startup(() -> Platform.setImplicitExit(false));
        Path data = Files.createTempDirectory("pay-shots");
        ExecutorService work = Executors.newSingleThreadExecutor();
        AcceptorEmulator acceptor = new AcceptorEmulator();
        try (PaymentCentral central = new PaymentCentral(); EmulatorCable cable = EmulatorCable.tcp("acceptor",
                acceptor::serve); PrinterRig printer = new PrinterRig();
                PayKiosk kiosk = new PayKiosk(data, central.url(), printer.port(), cable.hostSettings())) {
            kiosk.deliverer.start();
            new PayScreenshotTool(out).run(kiosk, acceptor, printer, work);
            System.out.println("Wrote the PAY screens and slips to " + out.toAbsolutePath());
        } finally {
            work.shutdownNow();
            acceptor.close();
            Platform.exit();
        }
    }

    private void run(PayKiosk kiosk, AcceptorEmulator acceptor, PrinterRig printer, ExecutorService work)
            throws Exception {
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        FlowEngine engine = new FlowEngine(new PayingDesk(ServiceDesk.unavailable("screenshots", "12345"),
                kiosk.payments), work, Platform::runLater, PromptSpeaker.silent(), messages, Clock.systemUTC());
        pay = engine.pay();
        onFx(() -> {
            Label prompt = new Label("请选择缴费方式");
            prompt.getStyleClass().add("flow-prompt");
            BorderPane frame = new BorderPane(new PayView(engine, messages).root());
            frame.setTop(prompt);
            frame.getStyleClass().addAll("screen", "flow");
            scene = new Scene(frame, 1080, 1920);
            for (String css : new String[] {"kiosk.css", "theme-standard.css", "flow.css"}) {
                scene.getStylesheets().add(PayScreenshotTool.class.getResource("/org/budayang/kiosk/css/" + css)
                        .toExternalForm());
            }
            return null;
        });
        onFx(() -> {
            pay.enter(tx(), Map.of("grade", "300"));
            return null;
        });
        await(() -> pay.phaseProperty().get() == PayPhase.CHOOSE);
        shot("pay-01-bill");
        onFx(() -> {
            pay.chooseCash();
            return null;
        });
        await(() -> pay.phaseProperty().get() == PayPhase.CASH);
        acceptor.insert(Denomination.YUAN_20);
        await(() -> pay.creditedProperty().get() == 2_000);
        acceptor.insert(Denomination.YUAN_50);
        await(() -> !pay.rejectedProperty().get().isEmpty());
        shot("pay-02-cash");
        acceptor.insert(Denomination.YUAN_10);
        await(() -> pay.phaseProperty().get() == PayPhase.PAID);
        shot("pay-03-paid");
        slip(printer, 1, "slip-receipt");

        onFx(() -> {
            pay.enter(tx(), Map.of());
            return null;
        });
        await(() -> pay.phaseProperty().get() == PayPhase.CHOOSE);
        onFx(() -> {
            pay.chooseQr();
            return null;
        });
        await(() -> pay.phaseProperty().get() == PayPhase.QR);
        shot("pay-04-qr");
        onFx(() -> {
            pay.cancel();
            return null;
        });
        await(() -> pay.phaseProperty().get() == PayPhase.CANCELLED);

        onFx(() -> {
            pay.enter(tx(), Map.of());
            return null;
        });
        await(() -> pay.phaseProperty().get() == PayPhase.CHOOSE);
        onFx(() -> {
            pay.chooseCash();
            return null;
        });
        await(() -> pay.phaseProperty().get() == PayPhase.CASH);
        acceptor.insert(Denomination.YUAN_10);
        await(() -> pay.creditedProperty().get() == 1_000);
        onFx(() -> {
            pay.cancel();
            return null;
        });
        await(() -> pay.phaseProperty().get() == PayPhase.REFUNDED);
        shot("pay-05-refund");
        slip(printer, 2, "slip-refund");
    }

    static ServiceTx tx() {
        ServiceItem item = TestCatalogs.item(TestCatalogs.PENSION_CONTRIBUTION);
        return new ServiceTx() {
            public String id() {
                return "tx-screens";
            }

            public ServiceItem item() {
                return item;
            }

            public ServiceDesk.Citizen citizen() {
                return PayModelTest.PAYER;
            }

            public String serviceNumber() {
                return "tx-screens";
            }
        };
    }

    private void shot(String name) throws Exception {
        Thread.sleep(300); // bound labels and the redraw settle
        onFx(() -> {
            ScreenshotTool.writePng(scene, out.resolve(name + ".png"));
            return null;
        });
    }

    private void slip(PrinterRig printer, int count, String name) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (printer.receipts().size() < count && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        PrintedReceipt receipt = printer.receipts().get(count - 1);
        ImageIO.write(new ReceiptRenderer().render(receipt), "png", out.resolve(name + ".png").toFile());
        Files.writeString(out.resolve(name + ".txt"), receipt.text());
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(task.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> ok) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!onFx(ok)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("PAY screens: waited 20 s");
            }
            Thread.sleep(20);
        }
    }
}
