package org.budayang.central.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.budayang.api.catalog.Department;
import org.budayang.api.services.ApplicationOutcome;
import org.budayang.api.services.ApplicationStatus;
import org.budayang.api.services.Requirement;

/** An application (办件) as stored, with its signed letters. */
record StoredApplication(String number, String itemCode, String itemName, Department department, String agency,
                         String applicantIdNumber, String applicantName, Map<String, String> form,
                         List<String> materials, List<Requirement> missing, ApplicationOutcome outcome,
                         ApplicationStatus status, Instant submittedAt, Instant statusChangedAt, LocalDate promisedOn,
                         LocalDate deferredDeadline, List<Letter> letters) {

    /** @param kind COMMITMENT (告知承诺书) or DEFERRAL (容缺受理承诺书) */
    record Letter(String kind, String version, Instant signedAt) {
    }

    StoredApplication withStatus(ApplicationStatus next, Instant at) {
        return new StoredApplication(number, itemCode, itemName, department, agency, applicantIdNumber, applicantName,
                form, materials, missing, outcome, next, submittedAt, at, promisedOn, deferredDeadline, letters);
    }
}
