package org.budayang.api.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to an {@link ApplicationRequest} and to {@code GET /api/v1/applications/{number}}.
 *
 * @param number          办件编号: 6-digit region + yyyyMMdd + 6-digit sequence
 * @param itemCode        the item's implementation code
 * @param itemName        the item's name
 * @param outcome         how it was received
 * @param status          where it stands now
 * @param statusText      the status in Chinese
 * @param submittedAt     when it was submitted
 * @param promisedDate    承诺办结日期 (null when not accepted)
 * @param missing         what is missing: the deferred materials (容缺) or everything (一次性告知); else empty
 * @param deferredDeadline when the deferred materials are due (容缺 only), else null
 */
public record ApplicationReceipt(String number, String itemCode, String itemName, ApplicationOutcome outcome,
                                 ApplicationStatus status, String statusText, Instant submittedAt,
                                 LocalDate promisedDate, List<Requirement> missing, LocalDate deferredDeadline) {
    public ApplicationReceipt {
        number = Require.text("ApplicationReceipt.number", number);
        if (!number.matches("\\d{20}")) {
            throw new IllegalArgumentException("ApplicationReceipt.number '" + number
                    + "' is not 6-digit region + yyyyMMdd + 6-digit sequence");
        }
        itemCode = Require.text("ApplicationReceipt.itemCode", itemCode);
        itemName = Require.text("ApplicationReceipt.itemName", itemName);
        Require.present("ApplicationReceipt.outcome", outcome);
        Require.present("ApplicationReceipt.status", status);
        statusText = Require.text("ApplicationReceipt.statusText", statusText);
        Require.present("ApplicationReceipt.submittedAt", submittedAt);
        missing = Require.list("ApplicationReceipt.missing", missing);
        if (outcome != ApplicationOutcome.NOT_ACCEPTED && promisedDate == null) {
            throw new IllegalArgumentException("ApplicationReceipt " + number + " is " + outcome
                    + " but has no promisedDate");
        }
        if (outcome == ApplicationOutcome.ACCEPTED_WITH_DEFERRED && (deferredDeadline == null || missing.isEmpty())) {
            throw new IllegalArgumentException("ApplicationReceipt " + number
                    + " is accepted with deferred materials but lists no missing material or deadline");
        }
        if (outcome == ApplicationOutcome.NOT_ACCEPTED && missing.isEmpty()) {
            throw new IllegalArgumentException("ApplicationReceipt " + number + " is not accepted but lists nothing missing");
        }
    }
}
