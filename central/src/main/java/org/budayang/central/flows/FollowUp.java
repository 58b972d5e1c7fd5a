package org.budayang.central.flows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The follow-up of a 差评 (国办发〔2019〕51号: 回访 and 整改).
 *
 * @param state        where it stands
 * @param callBackBy   the last day (Beijing) to call the citizen back: 1 working day after receipt
 * @param rectifyBy    the last day to rectify: 15 working days after receipt
 * @param calledBackAt when the call back was recorded, else null
 * @param rectifiedAt  when the rectification was recorded, else null
 */
public record FollowUp(FollowUpState state, LocalDate callBackBy, LocalDate rectifyBy, Instant calledBackAt,
                       Instant rectifiedAt) {
    public FollowUp {
        Objects.requireNonNull(state, "FollowUp.state");
        Objects.requireNonNull(callBackBy, "FollowUp.callBackBy");
        Objects.requireNonNull(rectifyBy, "FollowUp.rectifyBy");
        if (rectifyBy.isBefore(callBackBy)) {
            throw new IllegalArgumentException("FollowUp.rectifyBy " + rectifyBy + " is before callBackBy "
                    + callBackBy);
        }
    }
}
