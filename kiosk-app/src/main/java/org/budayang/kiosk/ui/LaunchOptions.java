package org.budayang.kiosk.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The kiosk's command line.
 *
 * @param config            {@code --config PATH}, required
 * @param central           {@code --central URL}, overrides central.url of the configuration
 * @param windowed          {@code --windowed}: dev only, not full screen
 * @param exitAfterAttract  {@code --exit-after-attract}: benchmark, log the start time and exit
 * @param soakRounds        {@code --soak-rounds N}: benchmark, N scripted navigation rounds then exit; 0 = off
 */
public record LaunchOptions(Path config, Optional<URI> central, boolean windowed, boolean exitAfterAttract,
        int soakRounds) {

    public static final String USAGE = "usage: kiosk --config PATH [--central URL] [--windowed]"
            + " [--exit-after-attract] [--soak-rounds N]";

    public LaunchOptions {
        if (config == null) {
            throw new IllegalArgumentException("--config PATH is required; " + USAGE);
        }
        if (soakRounds < 0) {
            throw new IllegalArgumentException("--soak-rounds must be 0 or more, got " + soakRounds);
        }
        if (exitAfterAttract && soakRounds > 0) {
            throw new IllegalArgumentException("--exit-after-attract and --soak-rounds exclude each other");
        }
    }

    /** Parses the arguments; errors name the argument, the value and the usage. */
    public static LaunchOptions parse(String... args) {
        Path config = null;
        URI central = null;
        boolean windowed = false;
        boolean exitAfterAttract = false;
        int soak = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--config" -> config = Path.of(value(args, ++i, a));
                case "--central" -> central = uri(value(args, ++i, a));
                case "--windowed" -> windowed = true;
                case "--exit-after-attract" -> exitAfterAttract = true;
                case "--soak-rounds" -> soak = number(value(args, ++i, a), a);
                default -> throw new IllegalArgumentException("unknown argument '" + a + "'; " + USAGE);
            }
        }
        return new LaunchOptions(config, Optional.ofNullable(central), windowed, exitAfterAttract, soak);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static URI uri(String text) {
        try {
            URI u = new URI(text);
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
                throw new IllegalArgumentException("--central '" + text
                        + "' is not an http(s) URL; expected e.g. http://127.0.0.1:8080");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--central '" + text + "' is not a URL: " + e.getMessage()
                    + "; expected e.g. http://127.0.0.1:8080", e);
        }
    }

    private static int number(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a whole number", e);
        }
    }
}
