package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.kiosk.CentralLink;
import org.budayang.kiosk.FleetWiring;
import org.budayang.kiosk.catalog.CatalogCache;
import org.budayang.kiosk.catalog.CatalogOrigin;
import org.budayang.kiosk.catalog.CatalogService;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.core.config.ConfigEditor;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.service.CentralProcess;
import org.budayang.kiosk.service.DeskWiring;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.fleet.FleetShell;
import org.budayang.kiosk.ui.fleet.LogCollector;
import org.budayang.kiosk.ui.fleet.ShellWatch;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fleet operations end to end (issue #9): the REAL central in a child JVM, the kiosk enrolled with its code sheet,
 * the real kiosk shell under Monocle wired as KioskMain wires it (desk journal + outbox over mutual TLS,
 * {@link FleetWiring} with heartbeats and the command poller, {@link FleetShell} on the shell). Central ops see the
 * kiosk's heartbeat, take it out of service (the 暂停服务 screen shows the ops message and swallows touches, the
 * result reaches central), reload the catalogue from central, take a screenshot, and put it back in service.
 */
class FleetCommandsFxTest extends KioskFxTest {
    private static final String MESSAGE = "设备维护中，请到3号窗口办理";

    @TempDir
    Path dir;
    private CentralProcess central;
    private DeskWiring desk;
    private FleetWiring fleet;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopAll() throws Exception {
        if (fleet != null) {
            fleet.close();
        }
        if (desk != null) {
            desk.close();
        }
        timer.shutdownNow();
        if (central != null) {
            central.close();
        }
    }

    @Test
    void opsSeeTheHeartbeatTakeTheKioskOutOfServiceAndBackAndItsResultsArrive() throws Exception {
        central = CentralProcess.start(dir.resolve("central"));
        String kiosk = central.kioskId();
        launch(UiFixture.standard());

        Path data = dir.resolve("kiosk");
        Path properties = data.resolve("kiosk.properties");
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(properties, "site.name=兰州市城关区政务服务中心\nsite.region=620102\n"
                + "central.url=" + central.url() + "\ndata.dir=.\ntechnician.pin.hash=" + KioskConfig.DEMO_PIN_HASH
                + "\n");
        KioskConfig config = KioskConfig.load(properties);
        desk = DeskWiring.wire(config, central.api(), central.url(), PrintService.none(), Clock.systemUTC());
        desk.start(desk.recover(), timer);
        CatalogService catalogs = new CatalogService(new CentralLink(central.credentials().apiUrl(),
                central.credentials()).catalogClient(), new CatalogCache(data.resolve("cache")), Clock.systemUTC());
        ShellWatch watch = WaitForAsyncUtils.asyncFx(() -> new ShellWatch(app.shell())).get(5, TimeUnit.SECONDS);
        FleetShell shell = FleetShell.builder().fx(Platform::runLater).outOfService(app.shell().outOfService())
                .sessionOpen(watch::sessionOpen).catalog(
                        catalogs::refresh,
                        // the fixture's catalogue model publishes on the caller's thread: hand it to the FX thread
                        loaded -> Platform.runLater(() -> fx.catalog.submit("remote reload", () -> loaded))).restart(() -> { })
                .config(new ConfigEditor(properties)).logs(new LogCollector(config.logDir()))
                .screen(app.shell()::root).build();
        fleet = FleetWiring.start(new FleetWiring.Parts(central.credentials(), data, Duration.ofSeconds(5),
                fx.devices, desk.outbox(), desk::wakeOutbox, watch::screen, desk::lastTransaction, shell,
                "0.1.0-fleet-test"), Clock.systemUTC());

        JsonNode state = await("the kiosk's heartbeat at central", 30, () -> {
            HttpResponse<String> answer = central.ops(FleetPaths.OPS_KIOSK_STATE.replace("{kioskId}", kiosk), null);
            return answer.statusCode() == 200 ? json(answer).path("heartbeat") : null;
        });
        assertEquals("attract", state.path("screen").asText(), state.toString());
        assertEquals("0.1.0-fleet-test", state.path("appVersion").asText());

        String out = command(kiosk, "{\"type\":\"OUT_OF_SERVICE\",\"message\":\"" + MESSAGE + "\"}");
        awaitShowing("暂停服务", 40);
        assertTrue(showing(MESSAGE), visibleTexts().toString());
        assertEquals("DONE", awaitEnded(kiosk, out));
        robot.clickOn("暂停服务");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.ATTRACT, vm().screenProperty().get(), "a touch on 暂停服务 starts no session");
        await("a heartbeat naming the 暂停服务 screen", 30, () -> {
            JsonNode now = json(central.ops(FleetPaths.OPS_KIOSK_STATE.replace("{kioskId}", kiosk), null));
            return ShellWatch.OUT_OF_SERVICE.equals(now.path("heartbeat").path("screen").asText()) ? now : null;
        });

        String reload = command(kiosk, "{\"type\":\"RELOAD_CATALOG\"}");
        assertEquals("DONE", awaitEnded(kiosk, reload));
        await("central's catalogue on the screens", 10, () -> fx.catalog.loaded().origin() == CatalogOrigin.CENTRAL
                && !fx.catalog.loaded().catalog().version().equals(TestCatalogs.sample().version()) ? true : null);

        String shot = command(kiosk, "{\"type\":\"SCREENSHOT\"}");
        assertEquals("DONE", awaitEnded(kiosk, shot));
        HttpResponse<byte[]> png = central.opsBytes(FleetPaths.OPS_COMMAND_ATTACHMENT.replace("{commandId}", shot));
        assertEquals(200, png.statusCode());
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertEquals(960, image.getWidth(), "the screen at half size");

        String back = command(kiosk, "{\"type\":\"BACK_IN_SERVICE\"}");
        assertEquals("DONE", awaitEnded(kiosk, back));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing("暂停服务"), visibleTexts().toString());
        robot.clickOn("请触摸屏幕开始");
        assertEquals(Screen.HOME, vm().screenProperty().get(), "back in service, a touch starts a session");
    }

    private String command(String kiosk, String body) throws Exception {
        HttpResponse<String> created = central.ops(FleetPaths.OPS_KIOSK_COMMANDS.replace("{kioskId}", kiosk), body);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).path("command").path("commandId").asText();
    }

    /** Waits until central has the command's result; its state (DONE, REFUSED, FAILED). */
    private String awaitEnded(String kiosk, String commandId) throws Exception {
        return await("the result of " + commandId, 40, () -> {
            for (JsonNode c : json(central.ops(FleetPaths.OPS_KIOSK_COMMANDS.replace("{kioskId}", kiosk), null))
                    .path("commands")) {
                String s = c.path("state").asText();
                if (c.path("command").path("commandId").asText().equals(commandId)
                        && !s.equals("QUEUED") && !s.equals("DELIVERED")) {
                    return s;
                }
            }
            return null;
        });
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return ApiJson.mapper().readTree(answer.body());
    }

    private interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T await(String what, int seconds, Probe<T> probe) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError(what + " did not come within " + seconds + " s");
            }
            Thread.sleep(200);
        }
    }
}
