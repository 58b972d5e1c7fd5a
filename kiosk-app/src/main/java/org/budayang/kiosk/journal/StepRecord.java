package org.budayang.kiosk.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * A step as journalled. {@code payload} and {@code result} were stored encrypted and are decrypted here; they
 * are null once purged (or when none was given). {@link #toString()} leaves them out, so a logged record
 * carries nothing personal.
 *
 * @param seq            1, 2, … in the order the steps were intended
 * @param idempotencyKey the key central sees for this step's request; the same after a restart
 * @param reason         why it FAILED (for technicians; no personal data), else null
 * @param endedAt        when it became DONE or FAILED, null while INTENDED
 */
public record StepRecord(String txId, int seq, String name, String idempotencyKey, StepState state,
        String payload, String result, String reason, Instant intendedAt, Instant endedAt) {
    public StepRecord {
        Objects.requireNonNull(txId, "StepRecord.txId is required");
        if (seq < 1) {
            throw new IllegalArgumentException("StepRecord.seq: " + seq + " is not accepted; expected >= 1");
        }
        Objects.requireNonNull(name, "StepRecord.name is required");
        Objects.requireNonNull(idempotencyKey, "StepRecord.idempotencyKey is required");
        Objects.requireNonNull(state, "StepRecord.state is required");
        Objects.requireNonNull(intendedAt, "StepRecord.intendedAt is required");
    }

    @Override
    public String toString() {
        return "Step[" + txId + "#" + seq + " " + name + " " + state + " key=" + idempotencyKey
                + (reason == null ? "" : " reason=" + reason) + "]";
    }
}
