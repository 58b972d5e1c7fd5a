package org.budayang.central.connectors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The 社保 department's functions: insurance records, contributions, pensions and 养老待遇资格认证. */
public interface SocialSecurityConnector extends DepartmentConnector {

    /** The person's social insurance; 404 CITIZEN_NOT_FOUND when not insured. */
    SocialInsurance insurance(String idNumber);

    /** Yearly contributions, oldest first; 404 when not insured. */
    List<Contribution> contributions(String idNumber);

    /**
     * Records a 养老待遇资格认证 made with a verified face check and moves the next due date a year on.
     * 409 NOT_A_PENSIONER when the person draws no pension; 409 FACE_CHECK_ALREADY_USED when the
     * verification was used for a certification before.
     */
    Certification certifyPension(String idNumber, String faceVerificationId, Instant at);

    /**
     * @param type   EMPLOYEE (城镇职工) or RESIDENT (城乡居民)
     * @param status PAYING, SUSPENDED or PENSION
     */
    record SocialInsurance(String idNumber, String name, String type, LocalDate startedOn, String status,
                           String employer, String regionCode, LocalDate pensionSince, Long monthlyPensionFen,
                           LocalDate certificationDue, Long residentGradeFen) {
        public boolean pensioner() {
            return "PENSION".equals(status);
        }
    }

    record Contribution(int year, int months, long baseFen, long personalFen, long employerFen) {
    }

    record Certification(String certificationNo, Instant certifiedAt, LocalDate nextDue) {
    }
}
