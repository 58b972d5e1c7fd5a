package org.budayang.central.flows;

import io.javalin.Javalin;
import org.budayang.central.fleet.alerts.FleetEvents;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.budayang.api.ApiPaths;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.HelpRequest;
import org.budayang.api.services.TransactionRecord;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.web.CentralModule;
import org.budayang.central.web.JsonBody;

/**
 * What kiosks send during and after a citizen's service (#7):
 * <ul>
 *   <li>{@code POST /api/v1/evaluations}: one 好差评 → 201 with its receipt (200 and the same receipt for a repeated
 *       evaluationId);</li>
 *   <li>{@code GET /api/v1/evaluations/reasons}: the 差评 reasons the kiosk offers;</li>
 *   <li>{@code POST /api/v1/help-requests}: 呼叫帮办 → 201 with the expected wait and message;</li>
 *   <li>{@code POST /api/v1/transactions}: a finished transaction → 201 (200 for a repeated transactionId).</li>
 * </ul>
 */
public final class FlowsModule implements CentralModule {
    public static final String EVALUATION_REASONS = ApiPaths.EVALUATIONS + "/reasons";

    private final Evaluations evaluations;
    private final HelpDesk help;
    private final TransactionLog transactions;
    private final FleetEvents events;

    public FlowsModule(Evaluations evaluations, HelpDesk help, TransactionLog transactions) {
        this(evaluations, help, transactions, FleetEvents.NONE);
    }

    /** With {@code events} told of each newly stored evaluation and transaction (the fleet's alert rules). */
    public FlowsModule(Evaluations evaluations, HelpDesk help, TransactionLog transactions, FleetEvents events) {
        this.evaluations = evaluations;
        this.help = help;
        this.transactions = transactions;
        this.events = java.util.Objects.requireNonNull(events, "events");
    }

    @Override
    public void addRoutes(Javalin app) {
        app.post(ApiPaths.EVALUATIONS, this::evaluation);
        app.get(EVALUATION_REASONS, ctx -> ctx.json(Map.of("reasons", EvaluationReasons.ALL)));
        app.post(ApiPaths.HELP_REQUESTS, this::helpRequest);
        app.post(ApiPaths.TRANSACTIONS, this::transaction);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/flows.json");
    }

    private void evaluation(Context ctx) {
        EvaluationRequest request = JsonBody.read(ctx, EvaluationRequest.class);
        Evaluations.Received received = evaluations.receive(kiosk(ctx), request);
        if (received.created()) {
            events.evaluationReceived(kiosk(ctx), request);
        }
        ctx.status(received.created() ? 201 : 200).json(received.evaluation().receipt());
    }

    private void helpRequest(Context ctx) {
        HelpRequest request = JsonBody.read(ctx, HelpRequest.class);
        ctx.status(201).json(help.request(kiosk(ctx), request));
    }

    private void transaction(Context ctx) {
        TransactionRecord record = JsonBody.read(ctx, TransactionRecord.class);
        TransactionLog.Received received = transactions.record(kiosk(ctx), record);
        if (received.created()) {
            events.transactionRecorded(kiosk(ctx), record);
        }
        ctx.status(received.created() ? 201 : 200).json(received.transaction());
    }

    private static String kiosk(Context ctx) {
        return KioskIdentity.of(ctx).kioskId();
    }
}
