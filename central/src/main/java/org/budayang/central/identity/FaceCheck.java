package org.budayang.central.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * The stored result of one live face comparison (人证比对) against the registered photo; the
 * images themselves are never stored.
 *
 * @param verificationId unique id the kiosk hands on to later calls (e.g. 养老待遇资格认证)
 * @param idNumber       the person compared
 * @param matched        whether the face matched the registered photo above the configured threshold
 * @param score          similarity 0..1
 * @param reason         stable code: MATCH, NO_FACE, LOW_QUALITY, MISMATCH, UNKNOWN_PERSON
 * @param at             when the comparison was made
 */
public record FaceCheck(String verificationId, String idNumber, boolean matched, double score, String reason,
                        Instant at) {
    public FaceCheck {
        Objects.requireNonNull(verificationId, "FaceCheck.verificationId is required");
        Objects.requireNonNull(idNumber, "FaceCheck.idNumber is required");
        Objects.requireNonNull(reason, "FaceCheck.reason is required");
        Objects.requireNonNull(at, "FaceCheck.at is required");
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("FaceCheck.score " + score + " is outside 0..1");
        }
    }
}
