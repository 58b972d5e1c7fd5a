package org.budayang.provisioning.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.os.Executables;
import org.budayang.provisioning.os.Scripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayCheckTest {
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path temp;

    private DisplayCheck check(Map<String, String> environment, Path bin) {
        return new DisplayCheck(environment, new Executables(List.of(bin)), temp.resolve(".X11-unix"), MESSAGES);
    }

    @Test
    void aLocalDisplayWithItsServerSocketPasses() throws Exception {
        Path sockets = Files.createDirectories(temp.resolve(".X11-unix"));
        Files.createFile(sockets.resolve("X7"));

        CheckResult result = check(Map.of("DISPLAY", ":7.0"), temp).run();

        assertEquals(CheckStatus.OK, result.status());
        assertEquals("图形显示可用 (DISPLAY=:7.0)。", result.message());
        assertEquals("X server socket " + sockets.resolve("X7") + " exists", result.detail());
    }

    @Test
    void aDisplayWithoutServerFailsAndSaysWhichSocketIsMissing() {
        CheckResult result = check(Map.of("DISPLAY", "unix:3"), temp).run();

        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals("已设置 DISPLAY=unix:3，但本机没有正在运行的 X 服务器。", result.message());
        assertEquals("DISPLAY=unix:3 but " + temp.resolve(".X11-unix/X3") + " does not exist: no X server is"
                + " listening on display :3. Start the kiosk's X session (or Xvfb :3) first.", result.detail());
        assertEquals(null, result.fix());
    }

    @Test
    void aRemoteDisplayCannotBeVerified() {
        CheckResult result = check(Map.of("DISPLAY", "localhost:10.0"), temp).run();

        assertEquals(CheckStatus.WARN, result.status());
        assertEquals("DISPLAY=localhost:10.0 指向远程或无法识别的显示，无法在本机验证。", result.message());
    }

    @Test
    void noDisplayButXvfbIsAWarning() throws Exception {
        Path xvfb = Scripts.write(temp.resolve("bin"), "Xvfb", "exit 0");

        CheckResult result = check(Map.of("WAYLAND_DISPLAY", "wayland-0"), temp.resolve("bin")).run();

        assertEquals(CheckStatus.WARN, result.status());
        assertEquals("当前会话没有图形显示；已安装 Xvfb，信息亭只能以无屏幕方式运行。", result.message());
        assertTrue(result.detail().startsWith("DISPLAY is not set (WAYLAND_DISPLAY=wayland-0 is set, but JavaFX"
                + " needs X11 or XWayland); Xvfb found at " + xvfb), result.detail());
    }

    @Test
    void noDisplayAndNoXvfbFailsWithTheInstallCommand() {
        CheckResult result = check(Map.of("DISPLAY", "  "), temp.resolve("empty-bin")).run();

        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals("没有图形显示，也没有安装 Xvfb，信息亭界面无法启动。", result.message());
        assertEquals("DISPLAY is not set and Xvfb is not in " + temp.resolve("empty-bin"), result.detail());
        assertEquals("apt-get install xvfb", result.fix());
    }

    /** Starts this machine's real Xvfb on a free display and checks it through the real socket directory. */
    @Test
    void aRealXvfbServerPasses() throws Exception {
        Optional<Path> xvfb = Executables.fromPath(System.getenv("PATH"), List.of()).find("Xvfb");
        assumeTrue(xvfb.isPresent(), "Xvfb is not installed here");
        Process server = new ProcessBuilder(xvfb.get().toString(), "-displayfd", "1", "-nolisten", "tcp",
                "-screen", "0", "320x240x24").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertNotNull(display, "Xvfb exited without reporting its display number");

            CheckResult result = new DisplayCheck(Map.of("DISPLAY", ":" + display.strip()),
                    new Executables(List.of()), DisplayCheck.X11_SOCKET_DIR, MESSAGES).run();

            assertEquals(CheckStatus.OK, result.status(), result.toString());
        } finally {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }
}
