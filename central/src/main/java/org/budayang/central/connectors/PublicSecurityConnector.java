package org.budayang.central.connectors;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budayang.central.identity.PopulationRegister;

/** The 公安 department's functions: population register, 户籍, traffic violations, ID card applications. */
public interface PublicSecurityConnector extends DepartmentConnector, PopulationRegister {

    /** The household (户) the person is registered in; 404 CITIZEN_NOT_FOUND when unknown. */
    Household household(String idNumber);

    /** The person's traffic violations, newest first (may be empty); 404 when the person is unknown. */
    List<TrafficViolation> trafficViolations(String idNumber);

    /** The person's open ID card application (换领/补领), if any; 404 when the person is unknown. */
    Optional<IdCardApplication> idCardApplication(String idNumber);

    record Household(String number, String regionCode, String address, List<Member> members) {
        public Household {
            Objects.requireNonNull(number, "Household.number");
            Objects.requireNonNull(address, "Household.address");
            members = List.copyOf(members);
        }
    }

    record Member(String idNumber, String name, boolean male, LocalDate birthDate, String relation) {
    }

    record TrafficViolation(String decisionNo, String plate, LocalDateTime occurredAt, String place, String offence,
                            long fineFen, int points, boolean paid) {
    }

    /** @param stage 已受理, 制证中 or 待领取, computed from the acceptance date and today */
    record IdCardApplication(String receiptNo, String kind, LocalDate acceptedOn, String stage, String pickupPlace,
                             LocalDate readyOn) {
    }
}
