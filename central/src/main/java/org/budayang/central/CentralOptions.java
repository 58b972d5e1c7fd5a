package org.budayang.central;

import java.nio.file.Path;
import java.util.Optional;
import org.budayang.central.auth.KioskId;

/**
 * Central's command line ({@link #USAGE}): serving (the default) or the subcommand
 * {@code issue-kiosk-secret --kiosk ID}. Each option is written {@code --name value} or
 * {@code --name=value}.
 *
 * @param command  {@link Command#SERVE} or {@link Command#ISSUE_KIOSK_SECRET}
 * @param host     address to bind, default 127.0.0.1 (0.0.0.0 for every interface)
 * @param port     port to bind, 0..65535, default 8080; 0 picks a free port
 * @param portFile where to write the bound port once listening, if given
 * @param catalog  a catalogue JSON file that replaces the bundled one, if given
 * @param config   the configuration properties file, if given (otherwise every default applies)
 * @param dataDir  where central keeps its data (the default H2 database), default var/central
 * @param kiosk    the kiosk of {@code issue-kiosk-secret}
 * @param out      where {@code issue-kiosk-secret} writes the secret, if not the default
 * @param help     only show the usage
 */
public record CentralOptions(Command command, String host, int port, Optional<Path> portFile, Optional<Path> catalog,
                             Optional<Path> config, Path dataDir, Optional<String> kiosk, Optional<Path> out,
                             boolean help) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Path DEFAULT_DATA_DIR = Path.of("var", "central");

    /** What central is asked to do. */
    public enum Command { SERVE, ISSUE_KIOSK_SECRET }

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: central [--host HOST] [--port N] [--port-file PATH] [--catalog PATH] [--config FILE] [--data-dir DIR]",
            "       central issue-kiosk-secret --kiosk KSK-620102-0001 [--out FILE] [--data-dir DIR]",
            "  --host HOST        address to listen on (default " + DEFAULT_HOST + "; 0.0.0.0 = every interface)",
            "  --port N           port to listen on, 0..65535 (default " + DEFAULT_PORT + "; 0 = any free port)",
            "  --port-file PATH   once listening, write the port number to PATH (replaced atomically)",
            "  --catalog PATH     publish this catalogue JSON file instead of the bundled sample catalogue",
            "  --config FILE      configuration properties (UTF-8): db.*, http.maxBodyBytes, kiosk.<id>.secretHash,",
            "                     idempotency.retention, connectors.*, identity.*, documents.*, sandbox.*,",
            "                     tls.* (port, hosts, caCert, caKey, publicUrl), fleet.*, ops.token",
            "  --data-dir DIR     where central keeps its data (default " + DEFAULT_DATA_DIR + ")",
            "  issue-kiosk-secret write a fresh secret for --kiosk and the configuration line with its hash to --out",
            "                     (default DIR/kiosk-secrets/<kiosk>.txt, owner-only) and log the configuration line",
            "  --help             show this text");

    public CentralOptions {
        if (command == null) {
            command = Command.SERVE;
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("--host must not be empty; give an address such as " + DEFAULT_HOST);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + " is out of range; expected 0..65535 "
                    + "(0 = any free port)");
        }
        portFile = portFile == null ? Optional.empty() : portFile;
        catalog = catalog == null ? Optional.empty() : catalog;
        config = config == null ? Optional.empty() : config;
        dataDir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
        kiosk = kiosk == null ? Optional.empty() : kiosk;
        out = out == null ? Optional.empty() : out;
        if (command == Command.ISSUE_KIOSK_SECRET && !help) {
            if (kiosk.isEmpty()) {
                throw new IllegalArgumentException("issue-kiosk-secret needs --kiosk, e.g. issue-kiosk-secret "
                        + "--kiosk KSK-620102-0001");
            }
            if (!KioskId.isValid(kiosk.get())) {
                throw new IllegalArgumentException("--kiosk '" + kiosk.get() + "' is not a kiosk id; expected "
                        + KioskId.FORMAT);
            }
        }
        if (command == Command.SERVE && (kiosk.isPresent() || out.isPresent())) {
            throw new IllegalArgumentException("--kiosk and --out belong to the subcommand issue-kiosk-secret; write "
                    + "central issue-kiosk-secret --kiosk " + kiosk.orElse("KSK-620102-0001"));
        }
    }

    /** Serving options with the default configuration and data directory. */
    public CentralOptions(String host, int port, Optional<Path> portFile, Optional<Path> catalog, boolean help) {
        this(Command.SERVE, host, port, portFile, catalog, Optional.empty(), DEFAULT_DATA_DIR, Optional.empty(),
                Optional.empty(), help);
    }

    /** Parses the arguments; an {@link IllegalArgumentException} names the argument, its value and the fix. */
    public static CentralOptions parse(String... args) {
        Command command = Command.SERVE;
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        Path portFile = null;
        Path catalog = null;
        Path config = null;
        Path dataDir = DEFAULT_DATA_DIR;
        String kiosk = null;
        Path out = null;
        boolean help = false;
        int first = 0;
        if (args.length > 0 && args[0].equals("issue-kiosk-secret")) {
            command = Command.ISSUE_KIOSK_SECRET;
            first = 1;
        }
        for (int i = first; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--host" -> host = inline != null ? inline : value(args, ++i, name);
                case "--port" -> port = port(inline != null ? inline : value(args, ++i, name));
                case "--port-file" -> portFile = path(inline != null ? inline : value(args, ++i, name), name);
                case "--catalog" -> catalog = path(inline != null ? inline : value(args, ++i, name), name);
                case "--config" -> config = path(inline != null ? inline : value(args, ++i, name), name);
                case "--data-dir" -> dataDir = path(inline != null ? inline : value(args, ++i, name), name);
                case "--kiosk" -> kiosk = inline != null ? inline : value(args, ++i, name);
                case "--out" -> out = path(inline != null ? inline : value(args, ++i, name), name);
                default -> throw new IllegalArgumentException("Unknown argument '" + arg
                        + "'; accepted: --host, --port, --port-file, --catalog, --config, --data-dir, --help, "
                        + "or the subcommand issue-kiosk-secret --kiosk ID");
            }
        }
        return new CentralOptions(command, host, port, Optional.ofNullable(portFile), Optional.ofNullable(catalog),
                Optional.ofNullable(config), dataDir, Optional.ofNullable(kiosk), Optional.ofNullable(out), help);
    }

    private static String value(String[] args, int index, String name) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value, e.g. " + name + " " + example(name));
        }
        return args[index];
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port '" + text + "' is not a number; expected 0..65535 "
                    + "(0 = any free port)", e);
        }
    }

    private static Path path(String text, String name) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty, e.g. " + name + " " + example(name));
        }
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(name + " '" + text + "' is not a valid path: " + e.getReason(), e);
        }
    }

    private static String example(String name) {
        return switch (name) {
            case "--host" -> DEFAULT_HOST;
            case "--port" -> String.valueOf(DEFAULT_PORT);
            case "--port-file" -> "var/central.port";
            case "--config" -> "central.properties";
            case "--data-dir" -> DEFAULT_DATA_DIR.toString();
            case "--kiosk" -> "KSK-620102-0001";
            case "--out" -> "kiosk-secret.txt";
            default -> "catalog.json";
        };
    }
}
