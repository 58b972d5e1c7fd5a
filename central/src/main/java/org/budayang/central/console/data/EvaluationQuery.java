package org.budayang.central.console.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budayang.central.db.Jdbc;

/** The 好差评 dashboard over central-flow's {@code flow_evaluation} and {@code flow_evaluation_follow_up}. */
final class EvaluationQuery {
    private final Jdbc sql;

    EvaluationQuery(Jdbc sql) {
        this.sql = sql;
    }

    EvaluationSummary summary(int limit) {
        Map<Integer, Long> byScore = new TreeMap<>();
        sql.list("SELECT score, COUNT(*) FROM " + Sources.EVALUATIONS + " GROUP BY score",
                row -> Map.entry(row.getInt(1), row.getLong(2))).forEach(e -> byScore.put(e.getKey(), e.getValue()));
        List<EvaluationRow> followUp = sql.list("SELECT e.evaluation_id, e.kiosk_id, e.item_code, e.application_no, "
                + "e.score, e.reasons, e.comment_text, e.rated_at, f.state, f.call_back_by, f.rectify_by, "
                + "f.called_back_at FROM " + Sources.EVALUATIONS + " e JOIN " + Sources.FOLLOW_UP
                + " f ON f.evaluation_id = e.evaluation_id WHERE f.state <> 'RECTIFIED' "
                + "ORDER BY f.call_back_by, e.rated_at LIMIT ?", row -> new EvaluationRow(row.getString(1),
                row.getString(2), row.getString(3), row.getString(4), row.getInt(5), row.getString(6),
                row.getString(7), Jdbc.instant(row, "rated_at"), row.getString(9),
                row.getObject(10, LocalDate.class), row.getObject(11, LocalDate.class),
                Optional.ofNullable(Jdbc.instant(row, "called_back_at"))), limit);
        return new EvaluationSummary(byScore, followUp);
    }
}
