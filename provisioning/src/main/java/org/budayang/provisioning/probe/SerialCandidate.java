package org.budayang.provisioning.probe;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A driver whose handshake the probe tries on a serial port: the driver's own {@code open()} (ID card SAM status,
 * ESC/POS DLE EOT, SSP SYNC + set-up), at each of the usual baud rates, with short timeouts so that a port with
 * nothing on it is done quickly.
 *
 * @param driver        the driver name in the registry
 * @param role          the role a device found this way serves
 * @param bauds         the baud rates to try, most usual first
 * @param quickSettings driver settings that shorten its handshake (only for the probe, not proposed)
 */
public record SerialCandidate(String driver, String role, List<Integer> bauds, Map<String, String> quickSettings) {
    public SerialCandidate {
        Objects.requireNonNull(driver, "SerialCandidate.driver is required");
        Objects.requireNonNull(role, "SerialCandidate.role is required");
        bauds = List.copyOf(bauds);
        if (bauds.isEmpty()) {
            throw new IllegalArgumentException("SerialCandidate " + driver + ": bauds must not be empty");
        }
        quickSettings = Map.copyOf(quickSettings);
    }

    /**
     * The handshakes tried on every port, in this order: ESC/POS first (a real-time status query the other devices
     * ignore, and a printer prints the others' frames as garbage), then the ID card reader's SAM status, then SSP.
     * The QR scanner is passive (it only talks when a code is scanned), so the probe does not look for it.
     */
    public static List<SerialCandidate> standard() {
        return List.of(
                new SerialCandidate("escpos", "receiptPrinter", List.of(9600, 19200, 38400, 115200),
                        Map.of("statusTimeout", "250ms")),
                new SerialCandidate("idcard-sam", "idCardReader", List.of(115200, 9600),
                        Map.of("commandTimeout", "250ms")),
                new SerialCandidate("cash-ssp", "cashAcceptor", List.of(9600),
                        Map.of("replyTimeout", "200ms", "resends", "1")));
    }
}
