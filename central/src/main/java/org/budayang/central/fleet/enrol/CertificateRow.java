package org.budayang.central.fleet.enrol;

import java.time.Instant;
import java.util.Objects;

/**
 * A client certificate central issued, with its kiosk's status now.
 *
 * @param serial   the certificate's serial number, lower-case hex
 * @param kioskId  the kiosk it was issued to
 * @param status   the kiosk's status
 * @param notAfter the end of its validity
 */
public record CertificateRow(String serial, String kioskId, KioskStatus status, Instant notAfter) {
    public CertificateRow {
        Objects.requireNonNull(serial, "CertificateRow.serial");
        Objects.requireNonNull(kioskId, "CertificateRow.kioskId");
        Objects.requireNonNull(status, "CertificateRow.status");
        Objects.requireNonNull(notAfter, "CertificateRow.notAfter");
    }
}
