package org.budayang.api.identity;

/**
 * The answer to an {@link IdCardCheckRequest}.
 *
 * @param verified       true exactly when {@code reason} is {@link IdCardCheckReason#VERIFIED}
 * @param reason         why
 * @param citizenMessage the Chinese sentence the kiosk shows
 */
public record IdCardCheckResult(boolean verified, IdCardCheckReason reason, String citizenMessage) {
    public IdCardCheckResult {
        if (reason == null) {
            throw new IllegalArgumentException("IdCardCheckResult.reason is required");
        }
        if (verified != (reason == IdCardCheckReason.VERIFIED)) {
            throw new IllegalArgumentException("IdCardCheckResult.verified " + verified + " contradicts reason "
                    + reason);
        }
        if (citizenMessage == null || citizenMessage.isBlank()) {
            throw new IllegalArgumentException("IdCardCheckResult.citizenMessage must not be blank");
        }
    }

    /** The result for {@code reason} with its standard citizen message. */
    public static IdCardCheckResult of(IdCardCheckReason reason) {
        return new IdCardCheckResult(reason == IdCardCheckReason.VERIFIED, reason, reason.citizenMessage());
    }
}
