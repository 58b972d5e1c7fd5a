package org.budayang.kiosk.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.kiosk.fleet.TestTls;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.KioskEnrolment;

/**
 * The REAL central (its {@code CentralMain}, H2 file database, sandbox departments, documents, fleet operations) in
 * a child JVM on loopback ports — plain HTTP for the public routes and ops, mutual TLS for kiosks — with one kiosk
 * enrolled as a technician enrols one (decision 0014): central writes a one-time code sheet at start
 * ({@code fleet.demoEnrolmentSheet}) and {@link KioskEnrolment} enrols with it into {@code <dir>/kiosk/fleet}, so
 * every kiosk call of the tests goes over mutual TLS with the kiosk's certificate. Ops calls use {@link #OPS_TOKEN}.
 * Stopped with SIGTERM (central shuts down cleanly) and started again on the same ports and data, as after a restart.
 */
public final class CentralProcess implements AutoCloseable {
    /** central's ops token ({@code ops.token}, ≥ 32 characters). */
    public static final String OPS_TOKEN = "ops-token-of-the-kiosk-tests-0123456789";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path dir;
    private final List<String> jvmOptions;
    private final String extraConfig;
    private int port;
    private int tlsPort;
    private Process process;
    private KioskCredentials credentials;

    private CentralProcess(Path dir, List<String> jvmOptions, String extraConfig) {
        this.dir = dir;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.extraConfig = extraConfig;
        // a free port chosen here, so that the documents' QR codes point to this central's own verify page
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("no free loopback port for central", e);
        }
    }

    /** Starts central with its data under {@code dir} and enrols the kiosk; waits until it listens. */
    public static CentralProcess start(Path dir) throws IOException, InterruptedException {
        return start(dir, List.of("-XX:TieredStopAtLevel=1"), "");
    }

    /**
     * @param jvmOptions  options of central's JVM besides -Xmx256m
     * @param extraConfig lines added to central.properties (e.g. {@code ratelimit.kioskPerSecond=50})
     */
    public static CentralProcess start(Path dir, List<String> jvmOptions, String extraConfig)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        CentralProcess central = new CentralProcess(dir, jvmOptions, extraConfig);
        central.startAgain();
        central.credentials = new KioskEnrolment(central.kioskFleetDir(), Clock.systemUTC(), new SecureRandom())
                .ensureEnrolled(central.sheet(), "测试自助终端");
        // a restart keeps the TLS port the kiosk enrolled with (its credentials hold central's https URL)
        central.tlsPort = central.credentials.apiUrl().getPort();
        return central;
    }

    private Path sheet() {
        return dir.resolve("enrolment-sheet.json");
    }

    private void writeConfig() throws IOException {
        Files.writeString(dir.resolve("central.properties"), "tls.port=" + tlsPort + "\nfleet.demoEnrolmentSheet="
                + sheet() + "\nops.token=" + OPS_TOKEN + "\ndocuments.publicBaseUrl=http://127.0.0.1:" + port + "\n"
                + extraConfig + "\n", StandardCharsets.UTF_8);
    }

    /** (Re)starts the process on the same ports (free ones the first time) and data. */
    public synchronized void startAgain() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("central is running already");
        }
        writeConfig();
        Path portFile = dir.resolve("port");
        Files.deleteIfExists(portFile);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.budayang.central.CentralMain",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--port-file", portFile.toString(),
                "--data-dir", dir.resolve("data").toString(), "--config", dir.resolve("central.properties").toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("central.log").toFile())).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.exists(portFile) || Files.readString(portFile).isBlank()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("central exited with " + process.exitValue() + "; see "
                        + dir.resolve("central.log"));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("central did not listen within " + START_TIMEOUT + "; see "
                        + dir.resolve("central.log"));
            }
            Thread.sleep(100);
        }
        port = Integer.parseInt(Files.readString(portFile).strip());
    }

    /** SIGTERM and wait: central's shutdown hook stops the server and closes the database. */
    public synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** central's plain HTTP URL: the public routes (catalogue, verify) and ops; kiosk routes refuse it. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The enrolled kiosk's credentials (its certificate, key, central's CA and mutual-TLS URL). */
    public KioskCredentials credentials() {
        return credentials;
    }

    /** Where the kiosk's enrolment is kept (a kiosk's {@code <data.dir>/fleet}). */
    public Path kioskFleetDir() {
        return dir.resolve("kiosk").resolve("fleet");
    }

    public String kioskId() {
        return credentials.kioskId();
    }

    /** The desk's API of the enrolled kiosk: mutual TLS with its certificate. */
    public CentralApi api() {
        return CentralApi.mutualTls(credentials);
    }

    /** central's own kiosk CA, for a test server that must look like central to the kiosk (the outbox inbox). */
    public TestTls kioskCa() {
        return TestTls.of(dir.resolve("data").resolve("kiosk-ca"));
    }

    public Path log() {
        return dir.resolve("central.log");
    }

    /** An ops call on the plain port with the ops token and user {@code test.operator}; {@code body} null = GET. */
    public HttpResponse<String> ops(String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                .header(ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + OPS_TOKEN)
                .header(FleetPaths.OPS_USER_HEADER, "test.operator")
                .timeout(Duration.ofSeconds(20));
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An ops GET of bytes (a command's attachment). */
    public HttpResponse<byte[]> opsBytes(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
                .header(ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + OPS_TOKEN)
                .header(FleetPaths.OPS_USER_HEADER, "test.operator")
                .timeout(Duration.ofSeconds(20)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
