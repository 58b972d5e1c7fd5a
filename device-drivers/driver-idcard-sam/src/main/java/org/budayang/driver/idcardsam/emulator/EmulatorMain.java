package org.budayang.driver.idcardsam.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budayang.driver.idcard.IdCard;

/**
 * Runs the ID card reader emulator on a TCP port (or, once the serial link is merged, a serial
 * device such as one end of a socat pty pair), with a console on stdin.
 *
 * <pre>
 *   EmulatorMain --tcp PORT [--baud N] [--generated N]
 * </pre>
 */
public final class EmulatorMain {
    private EmulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        Integer tcpPort = null;
        int baud = 115_200;
        int generated = 20;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--tcp" -> tcpPort = intArg("--tcp", value, 0, 65_535);
                case "--baud" -> baud = intArg("--baud", value, 1200, 921_600);
                case "--generated" -> generated = intArg("--generated", value, 0, 10_000);
                default -> usage("unknown option '" + args[i] + "'");
            }
            i++;
        }
        if (tcpPort == null) {
            usage("say where the reader is: --tcp PORT");
        }
        List<IdCard> cards = new ArrayList<>(DemoCards.all());
        cards.addAll(GeneratedCards.generate(generated, 2026, java.time.LocalDate.now()));
        ReaderEmulator emulator = new ReaderEmulator(cards, baud);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        ServerSocket server = new ServerSocket(tcpPort, 1, InetAddress.getLoopbackAddress());
        out.println("ID card reader emulator listening on tcp 127.0.0.1:" + server.getLocalPort() + " (" + cards.size()
                + " cards)");
        Thread acceptor = new Thread(() -> accept(server, emulator), "idcard-emulator accept");
        acceptor.setDaemon(true);
        acceptor.start();
        new EmulatorConsole(emulator, out).run(new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)));
        emulator.close();
        server.close();
    }

    private static void accept(ServerSocket server, ReaderEmulator emulator) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                emulator.serve(new SocketLink(socket));
                socket.close();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("emulator: connection failed: " + e.getMessage());
                }
            }
        }
    }

    private static int intArg(String option, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the accepted range
        }
        usage(option + " needs an integer from " + min + " to " + max + ", got '" + value + "'");
        return min;
    }

    private static void usage(String problem) {
        System.err.println("emulator: " + problem);
        System.err.println("usage: EmulatorMain --tcp PORT [--baud N] [--generated N]");
        System.exit(2);
    }
}
