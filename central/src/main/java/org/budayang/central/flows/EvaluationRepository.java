package org.budayang.central.flows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.Satisfaction;
import org.budayang.central.db.Jdbc;

/** The flow_evaluation and flow_evaluation_follow_up tables (V80): evaluations stored once per id. */
public final class EvaluationRepository {
    private static final String SELECT = "SELECT e.*, f.state, f.call_back_by, f.rectify_by, f.called_back_at, "
            + "f.rectified_at FROM flow_evaluation e LEFT JOIN flow_evaluation_follow_up f "
            + "ON f.evaluation_id = e.evaluation_id";

    private final DataSource dataSource;
    private final Jdbc jdbc;

    public EvaluationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
    }

    /** Stores the evaluation and its follow-up in one transaction; false when the evaluation id is already taken. */
    public boolean insert(StoredEvaluation e) {
        List<OnceInsert.Statement> statements = new ArrayList<>();
        statements.add(new OnceInsert.Statement("INSERT INTO flow_evaluation (evaluation_id, kiosk_id, item_code, "
                + "application_no, outcome, level_name, score, reasons, comment_text, rated_at, received_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.evaluationId(), e.kioskId(), e.itemCode(),
                e.applicationNumber(), e.outcome().name(), e.level().name(), e.level().score(),
                String.join("|", e.reasons()), e.comment(), e.ratedAt(), e.receivedAt()));
        FollowUp f = e.followUp();
        if (f != null) {
            statements.add(new OnceInsert.Statement("INSERT INTO flow_evaluation_follow_up (evaluation_id, state, "
                    + "call_back_by, rectify_by) VALUES (?, ?, ?, ?)", e.evaluationId(), f.state().name(),
                    f.callBackBy(), f.rectifyBy()));
        }
        return OnceInsert.insert(dataSource, "Storing evaluation " + e.evaluationId(), statements);
    }

    public Optional<StoredEvaluation> find(String evaluationId) {
        return jdbc.one(SELECT + " WHERE e.evaluation_id = ?", EvaluationRepository::map, evaluationId);
    }

    /** The latest evaluations received, newest first (for the ops console). */
    public List<StoredEvaluation> recent(int limit) {
        return jdbc.list(SELECT + " ORDER BY e.received_at DESC, e.evaluation_id FETCH FIRST " + bound(limit)
                + " ROWS ONLY", EvaluationRepository::map);
    }

    /** 差评 whose follow-up is not finished, the most urgent call back first (for the ops console and alerts). */
    public List<StoredEvaluation> openFollowUps() {
        return jdbc.list(SELECT + " WHERE f.state <> 'RECTIFIED' ORDER BY f.call_back_by, e.received_at",
                EvaluationRepository::map);
    }

    /** Records the call back (OPEN → CALLED_BACK); refuses, naming the state, any other state. */
    public FollowUp recordCallBack(String evaluationId, Instant at) {
        FollowUp current = requireFollowUp(evaluationId);
        FollowUpState next = current.state().callBack();
        move(evaluationId, current.state(), next, "called_back_at", at);
        return requireFollowUp(evaluationId);
    }

    /** Records the rectification (CALLED_BACK → RECTIFIED). */
    public FollowUp recordRectification(String evaluationId, Instant at) {
        FollowUp current = requireFollowUp(evaluationId);
        FollowUpState next = current.state().rectify();
        move(evaluationId, current.state(), next, "rectified_at", at);
        return requireFollowUp(evaluationId);
    }

    private void move(String evaluationId, FollowUpState from, FollowUpState to, String column, Instant at) {
        int changed = jdbc.update("UPDATE flow_evaluation_follow_up SET state = ?, " + column + " = ? "
                + "WHERE evaluation_id = ? AND state = ?", to.name(), at, evaluationId, from.name());
        if (changed != 1) {
            throw new IllegalStateException("The follow-up of evaluation " + evaluationId + " left state " + from
                    + " concurrently; read it again before moving it to " + to);
        }
    }

    private FollowUp requireFollowUp(String evaluationId) {
        StoredEvaluation e = find(evaluationId).orElseThrow(() -> new IllegalArgumentException("No evaluation "
                + evaluationId + " is stored"));
        if (e.followUp() == null) {
            throw new IllegalArgumentException("Evaluation " + evaluationId + " is " + e.level()
                    + ", not a 差评, and has no follow-up");
        }
        return e.followUp();
    }

    private static int bound(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit " + limit + " is outside 1..1000");
        }
        return limit;
    }

    private static StoredEvaluation map(ResultSet r) throws SQLException {
        String reasons = r.getString("reasons");
        String state = r.getString("state");
        FollowUp followUp = state == null ? null : new FollowUp(FollowUpState.valueOf(state),
                r.getObject("call_back_by", LocalDate.class), r.getObject("rectify_by", LocalDate.class),
                Jdbc.instant(r, "called_back_at"), Jdbc.instant(r, "rectified_at"));
        return new StoredEvaluation(r.getString("evaluation_id"), r.getString("kiosk_id"), r.getString("item_code"),
                r.getString("application_no"), EvaluationRequest.ServiceOutcome.valueOf(r.getString("outcome")),
                Satisfaction.valueOf(r.getString("level_name")),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\\|")), r.getString("comment_text"),
                Jdbc.instant(r, "rated_at"), Jdbc.instant(r, "received_at"), followUp);
    }
}
