package org.budayang.kiosk.service;

import java.util.Objects;
import org.budayang.api.services.ApplicationReceipt;
import org.budayang.api.services.PensionCertification;

/** The JSON the desk stores in journal steps (encrypted there): what is needed to repeat or recover a step. */
final class DeskRecords {
    private DeskRecords() {
    }

    /**
     * A SUBMIT step's payload: the POST to repeat byte for byte.
     *
     * @param key  the Idempotency-Key, or null for the step's own key (a first attempt)
     * @param body the request JSON exactly as sent
     */
    record SubmitCall(String path, String key, String body) {
        SubmitCall {
            Objects.requireNonNull(path, "SubmitCall.path");
            Objects.requireNonNull(body, "SubmitCall.body");
        }

        String keyOr(String stepKey) {
            return key != null ? key : stepKey;
        }
    }

    /** A SUBMIT step's result: central's receipt, or the certification for 资格认证. */
    record SubmitOutcome(ApplicationReceipt receipt, PensionCertification certification, boolean replayed) {
        SubmitOutcome {
            if ((receipt == null) == (certification == null)) {
                throw new IllegalArgumentException("SubmitOutcome holds exactly one of receipt and certification");
            }
        }

        ServiceDesk.Submission submission() {
            if (receipt != null) {
                return new ServiceDesk.Submission(receipt.number(), receipt, receipt.outcome().chinese() + "："
                        + receipt.statusText());
            }
            return new ServiceDesk.Submission(certification.certificationNumber(), null, certification.message());
        }
    }

    /** The citizen as stored in the transaction's personal column. */
    record Personal(String certType, String certNo, String cardSn, String idNumber, String name) {
    }
}
