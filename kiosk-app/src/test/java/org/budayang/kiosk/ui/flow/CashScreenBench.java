package org.budayang.kiosk.ui.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.testkit.EmulatorCable;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.payment.PayKiosk;
import org.budayang.kiosk.payment.PayingDesk;
import org.budayang.kiosk.payment.PaymentCentral;
import org.budayang.kiosk.service.PrinterRig;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.speech.PromptSpeaker;
import org.budayang.kiosk.ui.ScreenshotTool;
import org.budayang.kiosk.ui.common.Messages;

/**
 * Credit event → amount shown (issue #8, target ≤ 100 ms), run by {@code bench/kiosk-cash.sh}; not a test. The real
 * cash-ssp driver polls the acceptor emulator over loopback TCP (poll interval 20 ms); every credit is journalled in a
 * real SQLite journal (fsync) by the kiosk's ledger before the driver tells the cash screen; the PAY screen (PayView,
 * headless Monocle, software rendering) shows it. Start: the emulator wrote the poll reply that reports the credit.
 * End: the first layout pulse after the 已投入 label shows the new amount. Prints min / p50 / p95 / max.
 *
 * <p>Args: [notes=60]
 */
public final class CashScreenBench {
    private CashScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        int notes = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        ScreenshotTool.headless();
        Platform.startup(() -> Platform.setImplicitExit(false));
        Path data = Files.createTempDirectory("cash-bench");
        ExecutorService work = Executors.newSingleThreadExecutor();
        AcceptorEmulator acceptor = new AcceptorEmulator();
        AtomicLong sent = new AtomicLong();
        acceptor.onCreditReplySent(at -> sent.compareAndSet(0, at));
        List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        List<Long> told = Collections.synchronizedList(new ArrayList<>());
        try (PaymentCentral central = new PaymentCentral(); EmulatorCable cable = EmulatorCable.tcp("acceptor",
                acceptor::serve); PrinterRig printer = new PrinterRig();
                PayKiosk kiosk = new PayKiosk(data, central.url(), printer.port(), cable.hostSettings())) {
            central.price(TestCatalogs.PENSION_CONTRIBUTION, (notes + 1) * 100L);
            Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
            FlowEngine engine = new FlowEngine(new PayingDesk(ServiceDesk.unavailable("bench", "12345"),
                    kiosk.payments), work, Platform::runLater, PromptSpeaker.silent(), messages, Clock.systemUTC());
            PayModel pay = engine.pay();
            org.budayang.kiosk.payment.PaymentWiring.cashAcceptor(kiosk.devices).orElseThrow().onCashEvent(event -> {
                long start = sent.get();
                if (event instanceof org.budayang.driver.cash.CashEvent.Credited && start != 0) {
                    told.add(System.nanoTime() - start);
                }
            });
            boolean[] changed = {false};
            fx(() -> {
                Scene scene = new Scene(new BorderPane(new PayView(engine, messages).root()), 1080, 1920);
                for (String css : new String[] {"kiosk.css", "theme-standard.css", "flow.css"}) {
                    scene.getStylesheets().add(CashScreenBench.class.getResource("/org/budayang/kiosk/css/" + css)
                            .toExternalForm());
                }
                scene.addPostLayoutPulseListener(() -> {
                    if (changed[0]) {
                        changed[0] = false;
                        long start = sent.getAndSet(0);
                        if (start != 0) {
                            samples.add(System.nanoTime() - start);
                        }
                    }
                });
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                pay.creditedProperty().addListener((obs, old, now) -> {
                    Label shown = (Label) scene.lookup("#pay-inserted");
                    if (shown != null && shown.getText().contains(org.budayang.kiosk.payment.PaymentReceipts.yuan(now.longValue()))) {
                        changed[0] = true;
                    }
                });
                pay.enter(PayScreenshotTool.tx(), Map.of());
            });
            await(() -> pay.phaseProperty().get() == PayPhase.CHOOSE);
            fx(pay::chooseCash);
            await(() -> pay.phaseProperty().get() == PayPhase.CASH);
            for (int i = 1; i <= notes; i++) {
                int before = samples.size();
                acceptor.insert(Denomination.YUAN_1);
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (samples.size() == before && System.nanoTime() < end) {
                    Thread.sleep(2);
                }
                if (samples.size() == before) {
                    throw new IllegalStateException("note " + i + " was not shown within 5 s");
                }
            }
            report("credit event -> Credited heard by a listener (journalled with fsync before)", told, notes);
            report("credit event -> amount shown on the PAY screen", samples, notes);
        } finally {
            work.shutdownNow();
            acceptor.close();
            Platform.exit();
        }
    }

    private static void report(String what, List<Long> samples, int notes) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        System.out.printf("%s, %d notes of 1 元 (TCP, poll 20 ms, SQLite journal with fsync, Monocle software"
                + " rendering):%n", what, notes);
        System.out.printf("  min %.1f ms, p50 %.1f ms, p95 %.1f ms, max %.1f ms (target p95 <= 100 ms)%n",
                ms(sorted.get(0)), ms(pct(sorted, 50)), ms(pct(sorted, 95)), ms(sorted.get(sorted.size() - 1)));
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void fx(Runnable task) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                task.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static void await(java.util.function.BooleanSupplier ok) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            CompletableFuture<Boolean> now = new CompletableFuture<>();
            Platform.runLater(() -> now.complete(ok.getAsBoolean()));
            if (now.get(5, TimeUnit.SECONDS)) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("waited 20 s");
            }
            Thread.sleep(20);
        }
    }
}
