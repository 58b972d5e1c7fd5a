package org.budayang.kiosk.ui.tech;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.SelftestCheck;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.api.json.ApiJson;
import org.budayang.kiosk.journal.Outbox;
import org.budayang.kiosk.journal.OutboxMessage;
import org.budayang.provisioning.selftest.RoleResult;
import org.budayang.provisioning.selftest.Verdict;

/**
 * Where the technician panel's self-test report goes for central ({@code POST /api/v1/kiosks/self/selftests}): an
 * enrolled kiosk appends it to the journal's outbox (kind {@value #KIND}), whose deliverer sends it over the kiosk's
 * mutual TLS client with an idempotency key once central is reachable, so a network failure loses nothing; a kiosk
 * that is not enrolled keeps the report on disk only.
 */
public interface SelftestUploads {
    /** The outbox kind of self-test reports (delivered in order, apart from heartbeats and transactions). */
    String KIND = "SELFTEST";

    /**
     * Queues {@code upload} for central.
     *
     * @return true when it was queued, false when this kiosk does not send reports (not enrolled)
     */
    boolean send(SelftestUpload upload);

    /** A kiosk that is not enrolled: nothing is sent. */
    static SelftestUploads notEnrolled() {
        return upload -> false;
    }

    /** Through the journal's outbox; {@code wake} tells its deliverer that a record waits. */
    static SelftestUploads outbox(Outbox outbox, Runnable wake) {
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(wake, "wake");
        return upload -> {
            String body;
            try {
                body = ApiJson.mapper().writeValueAsString(upload);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the self-test upload as JSON", e);
            }
            outbox.append(OutboxMessage.of(KIND, FleetPaths.KIOSK_SELFTESTS, body));
            wake.run();
            return true;
        };
    }

    /** The contract's form of the results; texts longer than the contract allows are cut with an ellipsis. */
    static SelftestUpload of(String appVersion, Instant ranAt, List<RoleResult> results) {
        List<SelftestCheck> checks = new ArrayList<>();
        for (RoleResult r : results) {
            checks.add(new SelftestCheck(r.role(), r.driver(), cut(r.check(), 120), r.verdict() == Verdict.PASS,
                    r.code(), cut(r.identity(), 200), cut(r.detail(), 500), cut(r.adviceZh(), 300),
                    Math.min(r.took().toMillis(), 600_000)));
        }
        return new SelftestUpload(appVersion, ranAt, checks);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
