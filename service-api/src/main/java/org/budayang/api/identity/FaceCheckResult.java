package org.budayang.api.identity;

/**
 * The answer to a {@link FaceCheckRequest}. The verification id can be handed on to later calls
 * that need a recent matching face check (e.g. 养老待遇资格认证).
 *
 * @param verificationId id of the stored result
 * @param matched        true exactly when {@code reason} is {@link FaceCheckReason#MATCH}
 * @param score          similarity 0..1 with the registered photo (0 when nothing was compared)
 * @param reason         the outcome
 * @param detail         the quality problem; present exactly when {@code reason} is LOW_QUALITY
 * @param citizenMessage the Chinese sentence the kiosk shows (or reads out)
 */
public record FaceCheckResult(String verificationId, boolean matched, double score, FaceCheckReason reason,
                              FaceCheckDetail detail, String citizenMessage) {
    public FaceCheckResult {
        if (verificationId == null || verificationId.isBlank()) {
            throw new IllegalArgumentException("FaceCheckResult.verificationId is required");
        }
        if (reason == null) {
            throw new IllegalArgumentException("FaceCheckResult.reason is required");
        }
        if (matched != (reason == FaceCheckReason.MATCH)) {
            throw new IllegalArgumentException("FaceCheckResult.matched " + matched + " contradicts reason " + reason);
        }
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("FaceCheckResult.score " + score + " is outside 0..1");
        }
        if ((detail != null) != (reason == FaceCheckReason.LOW_QUALITY)) {
            throw new IllegalArgumentException("FaceCheckResult.detail " + detail + " does not fit reason " + reason
                    + "; a detail is given exactly for LOW_QUALITY");
        }
        if (citizenMessage == null || citizenMessage.isBlank()) {
            throw new IllegalArgumentException("FaceCheckResult.citizenMessage must not be blank");
        }
    }

    /** The result with the standard citizen message of the detail (LOW_QUALITY) or of the reason. */
    public static FaceCheckResult of(String verificationId, double score, FaceCheckReason reason,
                                     FaceCheckDetail detail) {
        String message = detail != null ? detail.citizenMessage() : reason.citizenMessage();
        return new FaceCheckResult(verificationId, reason == FaceCheckReason.MATCH, score, reason, detail, message);
    }
}
