package org.budayang.driver.qrserial.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.budayang.driver.qrserial.Probe;

/**
 * The emulated scanner's serial command set: finds complete commands in the bytes the host sends and builds the
 * answers, for the vendor syntaxes described in the driver's package documentation. A query of a known setting
 * is answered with its value and ACK, a setting command stores the value and answers ACK, an unknown tag or
 * subtag is answered ENQ. Bytes outside a command are ignored, as a scanner does. Not thread-safe: one reader.
 */
final class CommandSet {
    private static final int MAX_COMMAND = 256;

    private final Probe vendor;
    private final Map<String, String> settings = new HashMap<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean inCommand;

    CommandSet(Probe vendor) {
        this.vendor = vendor;
        if (vendor == Probe.NEWLAND) {
            settings.put("C11MIN", "4");
            settings.put("C11MAX", "48");
            settings.put("C11ENA", "0");
            settings.put("QRCENA", "1");
        } else if (vendor == Probe.HONEYWELL) {
            settings.put("CBRENA", "1");
            settings.put("232BAD", "9");
            settings.put("QRCENA", "1");
        }
    }

    /** Takes one byte from the host; returns the answer when it completed a command. */
    Optional<byte[]> take(byte b) {
        if (vendor == Probe.NONE) {
            return Optional.empty();
        }
        byte first = vendor == Probe.NEWLAND ? (byte) '~' : 0x16;
        if (!inCommand) {
            if (b == first) {
                inCommand = true;
                pending.reset();
                pending.write(b);
            }
            return Optional.empty();
        }
        pending.write(b);
        if (pending.size() > MAX_COMMAND) {
            inCommand = false;
            return Optional.empty();
        }
        byte[] command = pending.toByteArray();
        if (vendor == Probe.NEWLAND && b == 0x03) {
            inCommand = false;
            return Optional.ofNullable(newland(command));
        }
        if (vendor == Probe.HONEYWELL && (b == '.' || b == '!') && command.length > 3) {
            inCommand = false;
            return Optional.ofNullable(honeywell(command));
        }
        return Optional.empty();
    }

    /** {@code ~ SOH 0000 <storage> TAGSUB<data> ; ETX} → {@code STX SOH 0000 <storage> TAGSUB<value> status ; ETX}. */
    private byte[] newland(byte[] command) {
        String text = new String(command, StandardCharsets.US_ASCII);
        if (!text.startsWith("~\u00010000") || text.length() < 10 || !text.endsWith(";\u0003")) {
            return null;
        }
        char storage = text.charAt(6);
        String body = text.substring(7, text.length() - 2);
        if ((storage != '#' && storage != '@') || body.length() < 6) {
            return null;
        }
        return ("\u0002\u00010000" + storage + answer(body.substring(0, 6), body.substring(6), "*") + ";\u0003")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code SYN M CR tagsub<data> <storage>} → {@code TAGSUB<value> status <storage>}. */
    private byte[] honeywell(byte[] command) {
        String text = new String(command, StandardCharsets.US_ASCII);
        if (!text.startsWith("\u0016M\r") || text.length() < 10) {
            return null;
        }
        char storage = text.charAt(text.length() - 1);
        String body = text.substring(3, text.length() - 1);
        return (answer(body.substring(0, 6).toUpperCase(Locale.ROOT), body.substring(6), "?") + storage)
                .getBytes(StandardCharsets.US_ASCII);
    }

    private String answer(String tag, String data, String query) {
        String key = tag.toUpperCase(Locale.ROOT);
        String current = settings.get(key);
        if (current == null) {
            return key + (char) Probe.ENQ;
        }
        if (data.equals(query)) {
            return key + current + (char) Probe.ACK;
        }
        if (data.isEmpty() || data.length() > 8) {
            return key + data + (char) Probe.NAK;
        }
        settings.put(key, data);
        return key + data + (char) Probe.ACK;
    }
}
