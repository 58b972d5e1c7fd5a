package org.budayang.driver.link;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The command line of a device emulator's main class: where the emulated device is ({@code --tcp PORT} on
 * 127.0.0.1, or {@code --serial PATH [--baud N]}, e.g. the device end of a socat pty pair) plus the emulator's own
 * options, declared first as flags (no value) or valued options. A bad command line throws a
 * {@link UsageException} that names the option, the value and what is accepted; the main class prints it with its
 * usage line and exits. {@link #serve} then opens the device's end for either kind.
 *
 * <pre>
 *   EmulatorOptions options = EmulatorOptions.parser("reader").flag("--paced").option("--generated").parse(args);
 *   int generated = options.intOption("--generated", 20, 0, 10_000);
 * </pre>
 */
public final class EmulatorOptions {
    /** How often a serial device that is not there (yet) is tried again, and how long each TCP accept waits. */
    static final Duration RETRY = Duration.ofMillis(500);
    private static final int DEFAULT_BAUD = 115_200;

    /** A command line the emulator cannot run with; the message names the option, the value and the fix. */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /** Declares the emulator's own options, then parses. */
    public static final class Parser {
        private final String device;
        private final Set<String> flags = new LinkedHashSet<>();
        private final Set<String> valued = new LinkedHashSet<>(Set.of("--tcp", "--serial", "--baud"));

        private Parser(String device) {
            this.device = device;
        }

        /** An option without a value, e.g. {@code --paced}. */
        public Parser flag(String name) {
            flags.add(checkName(name));
            return this;
        }

        /** An option followed by its value, e.g. {@code --generated N}. */
        public Parser option(String name) {
            valued.add(checkName(name));
            return this;
        }

        /** Parses {@code args}; refuses unknown options and a command line without exactly one of --tcp, --serial. */
        public EmulatorOptions parse(String... args) {
            Map<String, String> values = new HashMap<>();
            Set<String> flagsGiven = new LinkedHashSet<>();
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (flags.contains(option)) {
                    flagsGiven.add(option);
                } else if (valued.contains(option)) {
                    i++;
                    values.put(option, i < args.length ? args[i] : null);
                } else {
                    throw new UsageException("unknown option '" + option + "'");
                }
            }
            if (values.containsKey("--tcp") == values.containsKey("--serial")) {
                throw new UsageException("say where the " + device + " is: either --tcp PORT or --serial PATH");
            }
            return new EmulatorOptions(values, flagsGiven);
        }

        private static String checkName(String name) {
            if (name == null || !name.startsWith("--") || name.length() < 3) {
                throw new IllegalArgumentException("an emulator option is named --something, got '" + name + "'");
            }
            return name;
        }
    }

    private final Map<String, String> values;
    private final Set<String> flags;
    private final Integer tcpPort;
    private final String serialPath;
    private final int baud;

    private EmulatorOptions(Map<String, String> values, Set<String> flags) {
        this.values = values;
        this.flags = flags;
        this.tcpPort = values.containsKey("--tcp") ? intOption("--tcp", 0, 0, 65_535) : null;
        this.serialPath = values.containsKey("--serial") ? checkPath(values.get("--serial")) : null;
        this.baud = intOption("--baud", DEFAULT_BAUD, 1200, 921_600);
    }

    /**
     * Starts declaring an emulator's options.
     *
     * @param device what the device is called in "say where the … is", e.g. {@code reader}, {@code printer}
     */
    public static Parser parser(String device) {
        return new Parser(Objects.requireNonNull(device, "device"));
    }

    /** The line's baud rate ({@code --baud}, default 115200); the pace of a paced emulator even on TCP. */
    public int baud() {
        return baud;
    }

    /** Whether {@code name} was given (a flag declared with {@link Parser#flag}). */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The value of a valued option, or {@code fallback} when it was not given. */
    public String option(String name, String fallback) {
        if (!values.containsKey(name)) {
            return fallback;
        }
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(name + " needs a value");
        }
        return value;
    }

    /** An integer option from {@code min} to {@code max}, or {@code fallback} when it was not given. */
    public int intOption(String name, int fallback, int min, int max) {
        if (!values.containsKey(name)) {
            return fallback;
        }
        String value = values.get(name);
        try {
            int parsed = Integer.parseInt(String.valueOf(value));
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the accepted range
        }
        throw new UsageException(name + " needs an integer from " + min + " to " + max + ", got '" + value + "'");
    }

    /**
     * An option naming one of {@code type}'s constants (any case, '-' for '_', so {@code UTF-8} names
     * {@code UTF_8}), or {@code fallback} when it was not given.
     */
    public <E extends Enum<E>> E enumOption(String name, E fallback, Class<E> type) {
        if (!values.containsKey(name)) {
            return fallback;
        }
        String value = values.get(name);
        for (E constant : type.getEnumConstants()) {
            if (value != null && constant.name().equalsIgnoreCase(value.replace('-', '_'))) {
                return constant;
            }
        }
        throw new UsageException(name + " does not accept '" + value + "'");
    }

    /**
     * Serves the emulator on the device's end until {@link Served#close()}: the serial device (opened again
     * whenever it comes back after going away), or a server socket on 127.0.0.1 whose clients are served one
     * after the other.
     *
     * @param label what is emulated, for logs and the thread's name, e.g. {@code ID card emulator}
     * @throws IOException when the TCP port cannot be listened on
     */
    public Served serve(String label, DeviceEnd.Service emulator) throws IOException {
        if (serialPath != null) {
            String path = serialPath;
            int lineBaud = baud;
            DeviceEnd end = DeviceEnd.start(label, emulator, () -> SerialLink.open(path, lineBaud), RETRY,
                    "serial " + path);
            return new Served(end, null, "on serial " + path + " at " + baud + " baud");
        }
        ServerSocket server = new ServerSocket(tcpPort, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout((int) RETRY.toMillis());
        String where = "tcp 127.0.0.1:" + server.getLocalPort();
        DeviceEnd end = DeviceEnd.start(label, emulator, DeviceEnd.accepting(server), Duration.ofMillis(1),
                "tcp server 127.0.0.1:" + server.getLocalPort());
        return new Served(end, server, "listening on " + where);
    }

    /** The device's end being served; closing it stops serving and closes the server socket. */
    public static final class Served implements AutoCloseable {
        private final DeviceEnd end;
        private final ServerSocket server;
        private final String where;

        private Served(DeviceEnd end, ServerSocket server, String where) {
            this.end = end;
            this.server = server;
            this.where = where;
        }

        /**
         * Where, for the console: {@code on serial /tmp/pty at 115200 baud} or
         * {@code listening on tcp 127.0.0.1:7777}.
         */
        public String where() {
            return where;
        }

        /** Whether it is a TCP server (false: a serial device). */
        public boolean isTcp() {
            return server != null;
        }

        /** How many links were served so far (a reconnected client or a replugged device counts again). */
        public int linksServed() {
            return end.linksServed();
        }

        @Override
        public void close() throws IOException {
            end.close();
            if (server != null) {
                server.close();
            }
        }
    }

    private static String checkPath(String value) {
        if (value == null || !value.startsWith("/")) {
            throw new UsageException("--serial needs an absolute device path such as /dev/ttyUSB0 or a socat pty"
                    + " link, got '" + value + "'");
        }
        return value;
    }

    @Override
    public String toString() {
        return "EmulatorOptions[" + (serialPath != null ? "serial " + serialPath + " " + baud : "tcp " + tcpPort)
                + ", given " + values.keySet().stream().sorted().toList() + " " + flags + "]";
    }
}
