package org.budayang.kiosk.ui.tech;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Health;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.testkit.EmulatorCable;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.devices.KioskDevices;

/**
 * A kiosk's devices as KioskMain has them, for the technician pages' tests: the real {@code idcard-sam} and
 * {@code escpos} drivers, built from the kiosk's configuration and kept open by the supervisor
 * ({@link KioskDevices}), each against its emulator on a socat pty pair. The "FX thread" is the test's: results
 * posted to {@link #fx} run when {@link #await} drains them.
 */
final class PanelRig implements AutoCloseable {
    final ReaderEmulator reader = ReaderEmulator.withDemoCards(0);
    final PrinterEmulator printer = new PrinterEmulator(TextEncoding.GB18030, 48);
    final EmulatorCable readerCable;
    final EmulatorCable printerCable;
    final DeviceBoard board = new DeviceBoard(Clock.systemUTC(), Runnable::run);
    final KioskConfig config;
    final KioskDevices devices;
    final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "panel-test-background");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<Runnable> fxQueue = new ConcurrentLinkedQueue<>();
    final java.util.concurrent.Executor fx = fxQueue::add;

    /** @param withPrinter whether the kiosk has the receipt printer too (the probe tests leave it unconfigured) */
    PanelRig(Path dataDir, boolean withPrinter) {
        readerCable = EmulatorCable.pty("ID card reader emulator", reader::serve, 115200);
        printerCable = EmulatorCable.pty("ESC/POS printer emulator", printer::serve, 9600);
        Map<String, String> readerSettings = new HashMap<>(readerCable.hostSettings());
        readerSettings.put("pollInterval", "200ms");
        Map<String, String> printerSettings = new HashMap<>(printerCable.hostSettings());
        printerSettings.put("statusTimeout", "500ms");
        KioskConfig.Builder b = KioskConfig.builder(dataDir).device(DeviceRole.ID_CARD_READER, "idcard-sam",
                readerSettings);
        if (withPrinter) {
            b.device(DeviceRole.RECEIPT_PRINTER, "escpos", printerSettings);
        }
        config = b.build();
        devices = KioskDevices.create(config, Path.of("kiosk-test.properties"), DriverRegistry.builder().build(),
                board, Clock.systemUTC());
        devices.start();
        await("the kiosk's devices ONLINE", () -> board.status(DeviceRole.ID_CARD_READER).health() == Health.ONLINE
                && (!withPrinter || board.status(DeviceRole.RECEIPT_PRINTER).health() == Health.ONLINE));
    }

    /** Runs what was posted to the FX thread until {@code condition} holds (20 s at most). */
    void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Runnable task;
            while ((task = fxQueue.poll()) != null) {
                task.run();
            }
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 20 s for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** How many file descriptors of this process have {@code path} open (from /proc/self/fd, like fuser). */
    static int openedHere(String path) {
        try (java.util.stream.Stream<Path> fds = java.nio.file.Files.list(Path.of("/proc/self/fd"))) {
            Path target = Path.of(path).toRealPath();
            return (int) fds.filter(fd -> {
                try {
                    return java.nio.file.Files.readSymbolicLink(fd).equals(target);
                } catch (java.io.IOException gone) {
                    return false;
                }
            }).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
        devices.close();
        readerCable.close();
        printerCable.close();
        reader.close();
        printer.close();
    }
}
