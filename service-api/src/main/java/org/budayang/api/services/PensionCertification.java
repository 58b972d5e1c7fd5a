package org.budayang.api.services;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded 养老待遇资格认证.
 *
 * @param certificationNumber unique number of this certification
 * @param certifiedAt         when it was recorded
 * @param nextDueDate         when the next yearly certification is due
 * @param message             what the kiosk tells the pensioner, in Chinese
 */
public record PensionCertification(String certificationNumber, Instant certifiedAt, LocalDate nextDueDate,
                                   String message) {
    public PensionCertification {
        certificationNumber = Require.text("PensionCertification.certificationNumber", certificationNumber);
        Require.present("PensionCertification.certifiedAt", certifiedAt);
        Require.present("PensionCertification.nextDueDate", nextDueDate);
        message = Require.text("PensionCertification.message", message);
    }
}
