package org.budayang.central.console.data;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 好差评 dashboard: evaluations per score (5 = 非常满意 … 1 = 非常不满意) and the 差评 awaiting follow-up.
 *
 * @param byScore  score to count
 * @param followUp 差评 not yet rectified, oldest deadline first
 */
public record EvaluationSummary(Map<Integer, Long> byScore, List<EvaluationRow> followUp) {
    public EvaluationSummary {
        byScore = Map.copyOf(new TreeMap<>(byScore));
        followUp = List.copyOf(followUp);
    }

    public long total() {
        return byScore.values().stream().mapToLong(Long::longValue).sum();
    }

    /** 满意率: share of scores 3..5, or -1 without evaluations. */
    public double satisfiedShare() {
        long total = total();
        if (total == 0) {
            return -1;
        }
        long good = byScore.entrySet().stream().filter(e -> e.getKey() >= 3).mapToLong(Map.Entry::getValue).sum();
        return (double) good / total;
    }
}
