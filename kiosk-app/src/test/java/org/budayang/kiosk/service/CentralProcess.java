package org.budayang.kiosk.service;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.budayang.central.auth.IssuedSecret;

/**
 * The REAL central (its {@code CentralMain}, H2 file database, sandbox departments, documents) in a child JVM on a
 * loopback port, with one enrolled kiosk: the secret is issued as {@code central issue-kiosk-secret} does, its hash
 * goes into central's configuration and the secret into an owner-only file for {@code kiosk.secretFile}. Stopped
 * with SIGTERM (central shuts down cleanly) and started again on the same port and data, as after a restart.
 */
public final class CentralProcess implements AutoCloseable {
    public static final String KIOSK = "KSK-620102-0001";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path dir;
    private final Path secretFile;
    private final String secret;
    private int port;
    private Process process;

    private CentralProcess(Path dir) throws IOException {
        this.dir = dir;
        IssuedSecret issued = IssuedSecret.issue(KIOSK, new SecureRandom());
        Files.createDirectories(dir);
        // a free port chosen here, so that the documents' QR codes point to this central's own verify page
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Files.writeString(dir.resolve("central.properties"), issued.configLine() + "\ndocuments.publicBaseUrl=http://"
                + "127.0.0.1:" + port + "\n", StandardCharsets.UTF_8);
        secret = issued.secret();
        secretFile = dir.resolve("kiosk-secret.txt");
        Files.writeString(secretFile, "# test kiosk\nsecret=" + issued.secret() + "\n" + issued.configLine() + "\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-------"));
    }

    /** Starts central with its data under {@code dir}; waits until it listens. */
    public static CentralProcess start(Path dir) throws IOException, InterruptedException {
        CentralProcess central = new CentralProcess(dir);
        central.startAgain();
        return central;
    }

    /** (Re)starts the process on the same port (a free one the first time) and data. */
    synchronized void startAgain() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("central is running already");
        }
        Path portFile = dir.resolve("port");
        Files.deleteIfExists(portFile);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.budayang.central.CentralMain", "--port", Integer.toString(port), "--port-file", portFile.toString(),
                "--data-dir", dir.resolve("data").toString(), "--config", dir.resolve("central.properties").toString());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("central.log").toFile())).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.exists(portFile)) {
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
    synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path secretFile() {
        return secretFile;
    }

    public String secret() {
        return secret;
    }

    KioskSecretAuth auth() {
        return KioskSecretAuth.fromFile(KIOSK, secretFile);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
