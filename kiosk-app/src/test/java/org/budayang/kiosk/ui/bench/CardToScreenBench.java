package org.budayang.kiosk.ui.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.idcardsam.SamIdCardReaderProvider;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.TcpLink;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.KioskShell;
import org.budayang.kiosk.ui.shell.Screen;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/**
 * Card placed → holder shown on screen: the kiosk shell (Monocle headless, software rendering) with the
 * real idcard-sam driver, built by its provider (poll interval as the demo configuration: 300 ms), over loopback
 * TCP to the reader emulator paced at 115200 baud. Each round places demo card 1, waits for the first
 * rendered pulse after the banner shows the masked holder, removes the card and waits for attract; rounds
 * start at random offsets to the driver's poll. Prints the figures.
 *
 * <pre>
 *   CardToScreenBench [rounds] [pollInterval]     (bench/kiosk-card.sh; defaults 30 and 300ms)
 * </pre>
 */
public final class CardToScreenBench {
    private CardToScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String pollInterval = args.length > 1 ? args[1] : "300ms";
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1080-32");

        ReaderEmulator emulator = ReaderEmulator.withDemoCards(0);
        emulator.pace(true);
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    emulator.serve(TcpLink.of(socket));
                } catch (IOException closed) {
                    return;
                }
            }
        }, "emulator-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        IdCardReader reader = (IdCardReader) new SamIdCardReaderProvider().create(new DriverContext("idCardReader",
                DriverSettings.of("idCardReader", Map.of("link", "tcp", "host", "127.0.0.1",
                        "tcpPort", String.valueOf(server.getLocalPort()), "pollInterval", pollInterval)),
                Clock.systemUTC()));
        reader.open();
        reader.enable();
        ExecutorService device = Executors.newSingleThreadExecutor();

        AtomicReference<CompletableFuture<Long>> shown = new AtomicReference<>(new CompletableFuture<>());
        CompletableFuture<ShellViewModel> ready = new CompletableFuture<>();
        Platform.startup(() -> {
            UiFixture fx = UiFixture.standard();
            fx.catalog.refresh();
            KioskShell shell = new KioskShell(fx.context(Duration.ofSeconds(3),
                    new IdCardAccess(reader, device, Platform::runLater, IdCardAccess.DEFAULT_READ_BUDGET)));
            Scene scene = shell.createScene();
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            ShellViewModel vm = shell.viewModel();
            vm.identification().holderNameProperty().addListener((obs, old, now) -> {
                if (!now.isEmpty()) {
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        scene.removePostLayoutPulseListener(once[0]);
                        shown.get().complete(System.nanoTime());
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                    Platform.requestNextPulse();
                }
            });
            ready.complete(vm);
        });
        ShellViewModel vm = ready.get(30, TimeUnit.SECONDS);
        Random random = new Random(7);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Thread.sleep(200 + random.nextInt(1000));
            shown.set(new CompletableFuture<>());
            long start = System.nanoTime();
            emulator.place(1);
            long at = shown.get().get(10, TimeUnit.SECONDS);
            millis.add((at - start) / 1e6);
            emulator.remove();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (vm.screenProperty().get() != Screen.ATTRACT && System.nanoTime() < end) {
                Thread.sleep(10);
            }
        }
        millis.sort(Double::compare);
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("card placed -> holder shown on screen, %d rounds, emulator paced at 115200 baud over loopback"
                        + " TCP, pollInterval %s:%n  min %.0f ms  p50 %.0f ms  mean %.0f ms  p95 %.0f ms"
                        + "  max %.0f ms  (target <= 1500 ms)%n", rounds, pollInterval, millis.get(0), pct(millis, 50), mean,
                pct(millis, 95), millis.get(millis.size() - 1));
        reader.close();
        emulator.close();
        server.close();
        device.shutdownNow();
        Platform.exit();
    }

    private static double pct(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
