package org.budayang.central.connectors;

import java.time.LocalDate;
import java.util.List;

/** The 医保 department's functions: enrolment and contributions. */
public interface MedicalInsuranceConnector extends DepartmentConnector {

    /** The person's enrolment; 404 CITIZEN_NOT_FOUND when not enrolled. */
    Enrolment enrolment(String idNumber);

    /** Yearly contributions, oldest first; 404 when not enrolled. */
    List<Contribution> contributions(String idNumber);

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
