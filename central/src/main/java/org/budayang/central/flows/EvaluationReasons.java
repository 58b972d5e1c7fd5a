package org.budayang.central.flows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.budayang.api.services.EvaluationRequest;
import java.util.Set;
import org.budayang.api.services.Satisfaction;
import org.budayang.central.web.ApiException;

/**
 * The fixed list of 差评 reasons a citizen may tap (GB/T 39734 asks for a reason with every 差评, never forced);
 * served by {@code GET /api/v1/evaluations/reasons} so that every kiosk shows the same list, and checked on every
 * evaluation received.
 */
public final class EvaluationReasons {
    /** In the order the kiosk shows them; 其他 last. */
    public static final List<String> ALL = EvaluationRequest.REASONS;

    private EvaluationReasons() {
    }

    /**
     * Checks the reasons of one rating: only 差评 (不满意, 非常不满意) carry reasons, each from {@link #ALL}, each once;
     * an empty list is always fine (a reason is asked for, never forced).
     *
     * @throws ApiException 400 {@code EVALUATION_REASON_UNKNOWN}, {@code EVALUATION_REASON_REPEATED} or
     *                      {@code EVALUATION_REASONS_NOT_ALLOWED}
     */
    public static void check(Satisfaction level, List<String> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        if (!level.negative()) {
            throw ApiException.badRequest("EVALUATION_REASONS_NOT_ALLOWED", "reasons " + shown(reasons)
                    + " were given with level " + level + " (" + level.label() + "); only 差评 (DISSATISFIED, "
                    + "VERY_DISSATISFIED) carry reasons, send an empty list for other levels");
        }
        Set<String> seen = new HashSet<>();
        for (String reason : reasons) {
            if (!ALL.contains(reason)) {
                throw ApiException.badRequest("EVALUATION_REASON_UNKNOWN", "reason '" + cut(reason)
                        + "' is not one of " + ALL + " (GET /api/v1/evaluations/reasons)");
            }
            if (!seen.add(reason)) {
                throw ApiException.badRequest("EVALUATION_REASON_REPEATED", "reason '" + reason
                        + "' is given twice; give each reason once");
            }
        }
    }

    private static String shown(List<String> reasons) {
        List<String> cut = new ArrayList<>();
        for (String reason : reasons.subList(0, Math.min(reasons.size(), 6))) {
            cut.add(cut(reason));
        }
        return cut + (reasons.size() > 6 ? " (" + reasons.size() + " in all)" : "");
    }

    private static String cut(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
