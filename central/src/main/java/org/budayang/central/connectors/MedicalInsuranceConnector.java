package org.budayang.central.connectors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The 医保 department's functions: enrolment and contributions. */
public interface MedicalInsuranceConnector extends DepartmentConnector {

    /** The person's enrolment; 404 CITIZEN_NOT_FOUND when not enrolled. */
    Enrolment enrolment(String idNumber);

    /** Yearly contributions, oldest first; 404 when not enrolled. */
    List<Contribution> contributions(String idNumber);

    /**
     * {@code ec.query}: the holder of a scanned 医保电子凭证 token. Refused with 404 {@code EC_TOKEN_UNKNOWN}, 410
     * {@code EC_TOKEN_EXPIRED} or 410 {@code EC_TOKEN_USED} (a one-time token shown again), or the department's
     * usual 503/502. The token is never logged.
     */
    EcHolder ecQuery(String token);

    /** The person a 医保电子凭证 stands for, and until when the token is accepted. */
    record EcHolder(String idNumber, String name, Instant expiresAt) {
        @Override
        public String toString() {
            return "EcHolder[" + org.budayang.api.identity.IdNumber.mask(idNumber) + ", expires " + expiresAt + "]";
        }
    }

    /**
     * @param type   EMPLOYEE (职工医保) or RESIDENT (城乡居民医保)
     * @param status ACTIVE or SUSPENDED
     */
    record Enrolment(String idNumber, String name, String type, String status, LocalDate startedOn,
                     String regionCode) {
    }

    record Contribution(int year, long personalFen, long employerFen, LocalDate paidOn) {
    }
}
