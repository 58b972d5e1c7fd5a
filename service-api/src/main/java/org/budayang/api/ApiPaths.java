package org.budayang.api;

/** The versioned HTTP paths of the kiosk-central contract. */
public final class ApiPaths {
    public static final String V1 = "/api/v1";
    public static final String CATALOG = V1 + "/catalog";
    public static final String HEALTH = "/health";
    /** {@code POST}: one 好差评 ({@link org.budayang.api.services.EvaluationRequest}). */
    public static final String EVALUATIONS = V1 + "/evaluations";
    /** {@code POST}: 呼叫帮办 ({@link org.budayang.api.services.HelpRequest} → {@link org.budayang.api.services.HelpAnswer}). */
    public static final String HELP_REQUESTS = V1 + "/help-requests";
    /** {@code POST}: a finished kiosk transaction ({@link org.budayang.api.services.TransactionRecord}). */
    public static final String TRANSACTIONS = V1 + "/transactions";

    private ApiPaths() {
    }
}
