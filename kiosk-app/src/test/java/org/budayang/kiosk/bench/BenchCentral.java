package org.budayang.kiosk.bench;

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
import org.budayang.kiosk.service.KioskSecretAuth;

/**
 * The REAL central ({@code CentralMain}: H2 file database, sandbox departments, documents, 好差评) in a child JVM on a
 * free loopback port, with one kiosk whose secret is issued as {@code central issue-kiosk-secret} does. The bench's
 * own copy of the desk tests' rig (that one is package-private to their package).
 */
final class BenchCentral implements AutoCloseable {
    static final String KIOSK = "KSK-620102-0001";

    private final Path dir;
    private final Path secretFile;
    private final Process process;
    private final int port;

    BenchCentral(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        IssuedSecret issued = IssuedSecret.issue(KIOSK, new SecureRandom());
        Files.createDirectories(dir);
        // The soak drives ~30 sessions a minute through ONE kiosk, ~15x a busy real kiosk: central's per-kiosk flood
        // limit (ratelimit.kioskPerSecond, default 2 POST/s) would answer 429 系统繁忙 every ~45 s. Raised for the bench only.
        Files.writeString(dir.resolve("central.properties"), issued.configLine() + "\nratelimit.kioskPerSecond=50\n",
                StandardCharsets.UTF_8);
        secretFile = dir.resolve("kiosk-secret.txt");
        Files.writeString(secretFile, "secret=" + issued.secret() + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-------"));
        Path portFile = dir.resolve("port");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.budayang.central.CentralMain",
                "--port", "0", "--port-file", portFile.toString(), "--data-dir", dir.resolve("data").toString(),
                "--config", dir.resolve("central.properties").toString());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("central.log").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!Files.exists(portFile) || Files.readString(portFile).isBlank()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("central did not start (alive " + process.isAlive() + "); see "
                        + dir.resolve("central.log"));
            }
            Thread.sleep(100);
        }
        port = Integer.parseInt(Files.readString(portFile).strip());
        Process child = process;
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "bench-central-stop")); // a killed bench
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    KioskSecretAuth auth() {
        return KioskSecretAuth.fromFile(KIOSK, secretFile);
    }

    Path log() {
        return dir.resolve("central.log");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
