package org.budayang.central;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Central's command line ({@link #USAGE}): serving. Each option is written {@code --name value} or
 * {@code --name=value}. The subcommand {@code issue-kiosk-secret} of #4 is gone with the kiosk secrets (decision
 * 0014): asked for, it is refused with how to enrol a kiosk instead.
 *
 * @param command  {@link Command#SERVE}
 * @param host     address to bind, default 127.0.0.1 (0.0.0.0 for every interface)
 * @param port     port to bind, 0..65535, default 8080; 0 picks a free port
 * @param portFile where to write the bound port once listening, if given
 * @param catalog  a catalogue JSON file that replaces the bundled one, if given
 * @param config   the configuration properties file, if given (otherwise every default applies)
 * @param dataDir  where central keeps its data (the default H2 database), default var/central
 * @param kiosk    always empty (it named the kiosk of the removed {@code issue-kiosk-secret})
 * @param out      always empty (the removed {@code issue-kiosk-secret}'s output file)
 * @param help     only show the usage
 */
public record CentralOptions(Command command, String host, int port, Optional<Path> portFile, Optional<Path> catalog,
                             Optional<Path> config, Path dataDir, Optional<String> kiosk, Optional<Path> out,
                             boolean help) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Path DEFAULT_DATA_DIR = Path.of("var", "central");

    /** What central is asked to do. */
    public enum Command { SERVE }

    static final String SECRETS_REMOVED = "issue-kiosk-secret was removed: kiosk secrets (#4) no longer exist, kiosks "
            + "authenticate with the client certificate from enrolment only (decision 0014). Enrol the kiosk instead: "
            + "create an enrolment code as ops (POST /api/v1/ops/enrolment-codes) and enter it on the kiosk "
            + "(technician panel or 'provision enrol').";

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: central [--host HOST] [--port N] [--port-file PATH] [--catalog PATH] [--config FILE] [--data-dir DIR]",
            "  --host HOST        address to listen on (default " + DEFAULT_HOST + "; 0.0.0.0 = every interface)",
            "  --port N           port to listen on, 0..65535 (default " + DEFAULT_PORT + "; 0 = any free port)",
            "  --port-file PATH   once listening, write the port number to PATH (replaced atomically)",
            "  --catalog PATH     publish this catalogue JSON file instead of the bundled sample catalogue",
            "  --config FILE      configuration properties (UTF-8): db.*, http.maxBodyBytes, idempotency.retention,",
            "                     connectors.*, identity.*, documents.*, sandbox.*, telemetry.*, alerts.*,",
            "                     tls.* (port, hosts, caCert, caKey, publicUrl), fleet.*, ops.token",
            "  --data-dir DIR     where central keeps its data (default " + DEFAULT_DATA_DIR + ")",
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
        if (kiosk.isPresent() || out.isPresent()) {
            throw new IllegalArgumentException(SECRETS_REMOVED);
        }
    }

    /** Serving options with the default configuration and data directory. */
    public CentralOptions(String host, int port, Optional<Path> portFile, Optional<Path> catalog, boolean help) {
        this(Command.SERVE, host, port, portFile, catalog, Optional.empty(), DEFAULT_DATA_DIR, Optional.empty(),
                Optional.empty(), help);
    }

    /** Parses the arguments; an {@link IllegalArgumentException} names the argument, its value and the fix. */
    public static CentralOptions parse(String... args) {
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        Path portFile = null;
        Path catalog = null;
        Path config = null;
        Path dataDir = DEFAULT_DATA_DIR;
        boolean help = false;
        if (args.length > 0 && args[0].equals("issue-kiosk-secret")) {
            throw new IllegalArgumentException(SECRETS_REMOVED);
        }
        for (int i = 0; i < args.length; i++) {
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
                case "--kiosk", "--out" -> throw new IllegalArgumentException(name + ": " + SECRETS_REMOVED);
                default -> throw new IllegalArgumentException("Unknown argument '" + arg
                        + "'; accepted: --host, --port, --port-file, --catalog, --config, --data-dir, --help");
            }
        }
        return new CentralOptions(Command.SERVE, host, port, Optional.ofNullable(portFile),
                Optional.ofNullable(catalog), Optional.ofNullable(config), dataDir, Optional.empty(), Optional.empty(),
                help);
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
            default -> "catalog.json";
        };
    }
}
