package org.budayang.driver.qrserial.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import org.budayang.driver.link.EmulatorCommands;

/** The emulator's console for technicians and the demo: one command a line. Codes are echoed shortened only. */
public final class EmulatorConsole implements EmulatorCommands {
    public static final String HELP = String.join("\n",
            "commands:",
            "  scan TEXT        scan a code (the rest of the line, Chinese allowed)",
            "  scan-ectoken     scan a made-up 医保电子凭证 token (unknown to central: EC_TOKEN_UNKNOWN)",
            "  scan-demo-ectoken scan demo citizen 1's (张三) 医保电子凭证, which central's sandbox knows",
            "  scan-wechat      scan a WeChat-shaped payment code (made up)",
            "  scan-alipay      scan an Alipay-shaped payment code (made up)",
            "  scan-url         scan a 电子身份证-style link (made up)",
            "  partial TEXT     send half of TEXT without terminator (the driver drops it after line-timeout)",
            "  garbage [N]      send N random bytes now (default 64)",
            "  silent on|off    answer nothing and scan nothing (a hung or unpowered scanner)",
            "  slow MS          wait MS milliseconds before every answer and scan (0 = off)",
            "  status           what was sent and answered so far",
            "  help             this text",
            "  quit             stop the emulator");

    private final ScannerEmulator emulator;
    private final DemoCodes codes;
    private final PrintWriter out;

    public EmulatorConsole(ScannerEmulator emulator, DemoCodes codes, PrintWriter out) {
        this.emulator = emulator;
        this.codes = codes;
        this.out = out;
    }

    /** Reads commands until end of input or {@code quit}. */
    public void run(BufferedReader in) throws IOException {
        run(in, out, "QR scanner emulator ready; type help");
    }

    /** Runs one command line; false for {@code quit}. */
    @Override
    public boolean execute(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String command = space < 0 ? trimmed : trimmed.substring(0, space);
        String argument = space < 0 ? "" : trimmed.substring(space + 1).strip();
        try {
            switch (command) {
                case "" -> { }
                case "scan" -> scan(requireText(argument, "scan"));
                case "scan-ectoken" -> scan(codes.ectoken());
                case "scan-demo-ectoken" -> scan(DemoCodes.DEMO_ECTOKEN);
                case "scan-wechat" -> scan(codes.wechatPay());
                case "scan-alipay" -> scan(codes.alipay());
                case "scan-url" -> scan(codes.electronicId());
                case "partial" -> {
                    emulator.scanPartial(requireText(argument, "partial"));
                    out.println("sent half a line without terminator");
                }
                case "garbage" -> garbage(argument);
                case "silent" -> {
                    emulator.silent(onOff(argument));
                    out.println("silent " + argument);
                }
                case "slow" -> slow(argument);
                case "status" -> out.println("vendor " + emulator.vendor() + ", " + emulator.encoding().label() + ", "
                        + emulator.terminator() + "; codes sent " + emulator.scansSent() + ", commands answered "
                        + emulator.answers() + (emulator.isSilent() ? ", silent" : "")
                        + (emulator.isServing() ? ", link up" : ", no link"));
                case "help" -> out.println(HELP);
                case "quit", "exit" -> {
                    return false;
                }
                default -> out.println("unknown command '" + command + "'; type help");
            }
        } catch (IllegalArgumentException refused) {
            out.println(refused.getMessage());
        }
        return true;
    }

    private void scan(String text) {
        emulator.scan(text);
        out.println("scanned " + text.length() + " chars: " + text.substring(0, Math.min(6, text.length())) + "…");
    }

    private void garbage(String argument) {
        int count = argument.isEmpty() ? 64 : number(argument, "garbage needs a byte count from 1 to 4096", 1, 4096);
        emulator.garbage(count);
        out.println("sent " + count + " random bytes");
    }

    private void slow(String argument) {
        int millis = number(argument, "slow needs milliseconds (0 to 60000)", 0, 60_000);
        emulator.slow(Duration.ofMillis(millis));
        out.println(millis == 0 ? "answers and scans at full speed" : "every answer and scan waits " + millis + " ms");
    }

    private static String requireText(String argument, String command) {
        if (argument.isEmpty()) {
            throw new IllegalArgumentException(command + " needs the code's text, e.g. '" + command + " 12345'");
        }
        return argument;
    }

    private static int number(String argument, String problem, int min, int max) {
        try {
            int value = Integer.parseInt(argument);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(problem + ", got '" + argument + "'");
    }

    private static boolean onOff(String argument) {
        return switch (argument) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("silent needs on or off, got '" + argument + "'");
        };
    }
}
