package org.budayang.central.console.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One 差评 and its follow-up (source: central-flow's {@code flow_evaluation} + {@code flow_evaluation_follow_up}).
 *
 * @param evaluationId  id
 * @param kioskId       where it was given
 * @param itemCode      the item evaluated
 * @param applicationNo 办件编号
 * @param score         1..5
 * @param reasons       the reasons tapped, '|'-separated
 * @param comment       the citizen's words (shown escaped)
 * @param ratedAt       when
 * @param followUp      OPEN, CALLED_BACK or RECTIFIED
 * @param callBackBy    call back by this day (1 working day)
 * @param rectifyBy     rectify by this day (15 working days)
 * @param calledBackAt  when the call-back was recorded
 */
public record EvaluationRow(String evaluationId, String kioskId, String itemCode, String applicationNo, int score,
                            String reasons, String comment, Instant ratedAt, String followUp, LocalDate callBackBy,
                            LocalDate rectifyBy, Optional<Instant> calledBackAt) {
    public EvaluationRow {
        Objects.requireNonNull(evaluationId, "EvaluationRow.evaluationId");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("EvaluationRow.score: " + score + " is outside 1..5");
        }
        Objects.requireNonNull(followUp, "EvaluationRow.followUp");
        Objects.requireNonNull(callBackBy, "EvaluationRow.callBackBy");
        Objects.requireNonNull(rectifyBy, "EvaluationRow.rectifyBy");
        calledBackAt = calledBackAt == null ? Optional.empty() : calledBackAt;
    }

    /** Whether the call-back is overdue on {@code today}. */
    public boolean callBackOverdue(LocalDate today) {
        return followUp.equals("OPEN") && today.isAfter(callBackBy);
    }

    /** Whether rectification is overdue on {@code today}. */
    public boolean rectifyOverdue(LocalDate today) {
        return !followUp.equals("RECTIFIED") && today.isAfter(rectifyBy);
    }
}
