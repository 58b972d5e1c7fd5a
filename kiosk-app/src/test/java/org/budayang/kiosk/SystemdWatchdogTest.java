package org.budayang.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SystemdWatchdog} against a fake systemd: a Unix datagram socket (python3) that prints every message it gets,
 * with the real {@code systemd-notify} sending to it; a single thread stands in for the JavaFX thread and can hang.
 */
class SystemdWatchdogTest {
    private static final String RECEIVER = String.join("\n",
            "import socket, sys",
            "s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)",
            "s.bind(sys.argv[1])",
            "print('BOUND', flush=True)",
            "while True:",
            "    print(s.recv(4096).decode(), flush=True)");

    private Path dir;
    private Process receiver;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final ExecutorService fxThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
    private SystemdWatchdog watchdog;

    @BeforeEach
    void fakeSystemd() throws Exception {
        boolean tools = onPath("systemd-notify") && onPath("python3");
        if (!tools && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("systemd-notify and python3 are needed (apt-get install systemd python3)");
        }
        assumeTrue(tools, "systemd-notify or python3 missing: apt-get install systemd python3");
        dir = Files.createTempDirectory(Path.of("/tmp"), "sdwd");
        Path script = dir.resolve("receiver.py");
        Files.writeString(script, RECEIVER);
        receiver = new ProcessBuilder("python3", script.toString(), socket().toString()).redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(receiver.getInputStream(),
                StandardCharsets.UTF_8));
        assertEquals("BOUND", out.readLine(), "the fake notify socket did not start");
        Thread reader = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    received.add(line);
                }
            } catch (IOException e) {
                received.add("READ FAILED " + e.getMessage());
            }
        }, "fake-systemd-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() throws IOException {
        if (watchdog != null) {
            watchdog.close();
        }
        fxThread.shutdownNow();
        if (receiver != null) {
            receiver.destroyForcibly();
        }
        if (dir != null) {
            Files.deleteIfExists(socket());
            Files.deleteIfExists(dir.resolve("receiver.py"));
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void saysReadyThenPingsFromTheUiThreadAndStopsWhileTheUiHangs() throws Exception {
        watchdog = SystemdWatchdog.fromEnvironment(Map.of(SystemdWatchdog.NOTIFY_SOCKET, socket().toString(),
                SystemdWatchdog.WATCHDOG_USEC, "300000"), fxThread).orElseThrow();
        assertEquals(Optional.of(Duration.ofMillis(150)), watchdog.interval());
        watchdog.start();

        assertEquals("READY=1", next(), "the first message is READY=1");
        for (int i = 0; i < 3; i++) {
            assertEquals("WATCHDOG=1", next(), "ping " + (i + 1));
        }

        // the UI thread hangs: after what was already on its way, no more pings
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch hung = new CountDownLatch(1);
        fxThread.execute(() -> {
            hung.countDown();
            awaitQuietly(release);
        });
        assertTrue(hung.await(2, TimeUnit.SECONDS));
        Thread.sleep(600);
        received.clear();
        Thread.sleep(900);
        assertEquals(List.of(), drain(), "pings while the UI thread hangs (6 periods)");

        // the UI thread is back: pings again
        release.countDown();
        assertEquals("WATCHDOG=1", next(), "ping after the UI thread came back");
    }

    @Test
    void withoutWatchdogUsecOnlyReadyIsSent() throws Exception {
        watchdog = SystemdWatchdog.fromEnvironment(Map.of(SystemdWatchdog.NOTIFY_SOCKET, socket().toString()),
                fxThread).orElseThrow();
        assertEquals(Optional.empty(), watchdog.interval());
        watchdog.start();
        assertEquals("READY=1", next());
        Thread.sleep(500);
        assertFalse(drain().contains("WATCHDOG=1"), "no pings without a watchdog");
    }

    @Test
    void aBadWatchdogUsecSendsNoPings() throws Exception {
        watchdog = SystemdWatchdog.fromEnvironment(Map.of(SystemdWatchdog.NOTIFY_SOCKET, socket().toString(),
                SystemdWatchdog.WATCHDOG_USEC, "sixty seconds"), fxThread).orElseThrow();
        assertEquals(Optional.empty(), watchdog.interval());
        assertEquals(Optional.empty(), SystemdWatchdog.interval("0"));
        assertEquals(Optional.of(Duration.ofSeconds(30)), SystemdWatchdog.interval("60000000"));
    }

    @Test
    void notStartedBySystemdMeansNoWatchdog() {
        assertEquals(Optional.empty(), SystemdWatchdog.fromEnvironment(Map.of(SystemdWatchdog.WATCHDOG_USEC,
                "60000000"), fxThread));
        assertEquals(Optional.empty(), SystemdWatchdog.fromEnvironment(Map.of(), fxThread));
    }

    @Test
    void aMissingNotifyToolDoesNotStopThePings() throws Exception {
        watchdog = SystemdWatchdog.fromEnvironment(Map.of(SystemdWatchdog.NOTIFY_SOCKET, socket().toString(),
                SystemdWatchdog.WATCHDOG_USEC, "200000"), fxThread, dir.resolve("no-such-notify").toString())
                .orElseThrow();
        watchdog.start();
        // every attempt fails (logged once) and the UI thread keeps being asked: it stays free for other work
        CountDownLatch uiRan = new CountDownLatch(1);
        Thread.sleep(400);
        fxThread.execute(uiRan::countDown);
        assertTrue(uiRan.await(2, TimeUnit.SECONDS), "the UI thread is not blocked by failing notifications");
        assertNull(received.poll(300, TimeUnit.MILLISECONDS), "nothing reached the socket");
    }

    private Path socket() {
        return dir.resolve("notify.sock");
    }

    private String next() throws InterruptedException {
        String message = received.poll(3, TimeUnit.SECONDS);
        // systemd-notify of systemd 246+ follows each message with a BARRIER=1 (it waits until systemd took it)
        while ("BARRIER=1".equals(message)) {
            message = received.poll(3, TimeUnit.SECONDS);
        }
        assertNotNull(message, "no message on the notify socket within 3 s");
        return message;
    }

    private List<String> drain() {
        List<String> all = new ArrayList<>();
        received.drainTo(all);
        all.removeIf("BARRIER=1"::equals);
        return all;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
