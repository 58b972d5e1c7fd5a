package org.budayang.central;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Central's command line: {@code [--host H] [--port N] [--port-file PATH] [--catalog PATH] [--help]}.
 * Each option is written {@code --name value} or {@code --name=value}.
 *
 * @param host     address to bind, default 127.0.0.1 (0.0.0.0 for every interface)
 * @param port     port to bind, 0..65535, default 8080; 0 picks a free port
 * @param portFile where to write the bound port once listening, if given
 * @param catalog  a catalogue JSON file that replaces the bundled one, if given
 * @param help     only show the usage
 */
public record CentralOptions(String host, int port, Optional<Path> portFile, Optional<Path> catalog, boolean help) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: central [--host HOST] [--port N] [--port-file PATH] [--catalog PATH]",
            "  --host HOST        address to listen on (default " + DEFAULT_HOST + "; 0.0.0.0 = every interface)",
            "  --port N           port to listen on, 0..65535 (default " + DEFAULT_PORT + "; 0 = any free port)",
            "  --port-file PATH   once listening, write the port number to PATH (replaced atomically)",
            "  --catalog PATH     publish this catalogue JSON file instead of the bundled sample catalogue",
            "  --help             show this text");

    public CentralOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("--host must not be empty; give an address such as " + DEFAULT_HOST);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + " is out of range; expected 0..65535 "
                    + "(0 = any free port)");
        }
        portFile = portFile == null ? Optional.empty() : portFile;
        catalog = catalog == null ? Optional.empty() : catalog;
    }

    /** Parses the arguments; an {@link IllegalArgumentException} names the argument, its value and the fix. */
    public static CentralOptions parse(String... args) {
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        Path portFile = null;
        Path catalog = null;
        boolean help = false;
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
                default -> throw new IllegalArgumentException("Unknown argument '" + arg
                        + "'; accepted: --host, --port, --port-file, --catalog, --help");
            }
        }
        return new CentralOptions(host, port, Optional.ofNullable(portFile), Optional.ofNullable(catalog), help);
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
            default -> "catalog.json";
        };
    }
}
