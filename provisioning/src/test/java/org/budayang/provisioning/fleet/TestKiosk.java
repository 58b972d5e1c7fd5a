package org.budayang.provisioning.fleet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.ProvisionCli;
import org.budayang.provisioning.TestContexts;
import org.budayang.kiosk.core.config.ConfigStore;
import org.budayang.provisioning.pin.StreamPinSource;

/**
 * A kiosk as a technician finds it: its folder with a configuration file written by provision ({@code data.dir=data},
 * relative to the file, as on a kiosk; central.url still the installer's default) and a camera (driver
 * {@code camera-images} over a folder of frames) for a real self-test. {@link #run} is {@code budayang provision …}.
 */
final class TestKiosk {
    final Path home;
    final Path config;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    TestKiosk(Path home) throws IOException {
        this.home = Files.createDirectories(home);
        Path frames = Files.createDirectories(home.resolve("frames"));
        for (int i = 0; i < 2; i++) {
            BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
            image.setRGB(10 + i, 10, 0xFFFFFF);
            ImageIO.write(image, "png", frames.resolve("frame-" + i + ".png").toFile());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("site.name", "城关区测试银行网点");
        values.put("site.region", "620102");
        values.put("central.url", "http://127.0.0.1:8080");
        values.put("data.dir", "data");
        values.put("technician.pin.hash",
                "pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI");
        values.put("device.camera.driver", "camera-images");
        values.put("device.camera.folder", frames.toString());
        config = home.resolve("kiosk.properties");
        new ConfigStore(Clock.systemUTC()).write(config, values);
    }

    Path dataDir() {
        return home.resolve("data");
    }

    Path fleet() {
        return dataDir().resolve("fleet");
    }

    Path selftestLast() {
        return dataDir().resolve("provisioning").resolve("selftest-last.json");
    }

    KioskCredentials credentials() {
        return KioskCredentials.load(fleet()).orElseThrow(() -> new AssertionError("not enrolled: " + fleet()));
    }

    /** {@code budayang provision ARGS -c <config>}; the output of this run is in {@link #out()}. */
    int run(String... args) {
        out.reset();
        err.reset();
        String[] all = Stream.concat(Stream.of(args), Stream.of("-c", config.toString())).toArray(String[]::new);
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        return new ProvisionCli(TestContexts.context(messages, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), d -> List.of(),
                new StreamPinSource(new java.io.ByteArrayInputStream(new byte[0])), dataDir(), config, text -> { },
                Duration.ofSeconds(1))).run(all);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Both streams, for assertion messages. */
    String both() {
        return out() + "\n--- stderr ---\n" + err();
    }

    /** Every file under the kiosk's folder with the SHA-256 of its bytes: "nothing changed" is an equal snapshot. */
    Map<String, String> snapshot() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(home)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(home.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        try (Stream<Path> walk = Files.walk(home)) {
            walk.filter(Files::isDirectory).forEach(d -> files.put(home.relativize(d) + "/", "dir"));
        }
        return files;
    }
}
