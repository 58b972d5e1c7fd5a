package org.budayang.central.identity.face;

import org.budayang.api.identity.FaceCheckDetail;
import org.budayang.api.identity.FaceCheckReason;

/**
 * What {@link FaceAnalyser} found: MATCH or MISMATCH with the score, or NO_FACE / LOW_QUALITY (with
 * the detail) and score 0 when the capture could not be compared.
 */
public record FaceComparison(FaceCheckReason reason, FaceCheckDetail detail, double score) {
    public FaceComparison {
        if (reason == null || reason == FaceCheckReason.UNKNOWN_PERSON) {
            throw new IllegalArgumentException("FaceComparison.reason " + reason
                    + " is not an outcome of comparing images; expected MATCH, MISMATCH, NO_FACE or LOW_QUALITY");
        }
        if ((detail != null) != (reason == FaceCheckReason.LOW_QUALITY)) {
            throw new IllegalArgumentException("FaceComparison.detail " + detail + " does not fit reason " + reason);
        }
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("FaceComparison.score " + score + " is outside 0..1");
        }
    }

    static FaceComparison lowQuality(FaceCheckDetail detail) {
        return new FaceComparison(FaceCheckReason.LOW_QUALITY, detail, 0);
    }
}
