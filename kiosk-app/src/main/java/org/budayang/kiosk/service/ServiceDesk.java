package org.budayang.kiosk.service;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.api.identity.EcTokenResult;
import org.budayang.api.identity.FaceCheckResult;
import org.budayang.api.services.HelpAnswer;
import org.budayang.api.services.QueryResult;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.SignedLetter;
import org.budayang.api.services.TransactionRecord;

/**
 * Everything a citizen's flow asks of the world outside the screen: central's department functions, the printers
 * and the journal. The flow engine (ui/flow) calls only this; the implementation journals each side effect before it
 * happens (decision 0012) so that a crash never prints twice, never submits twice and loses no evaluation.
 *
 * <p>All methods block (network, printers): call them on a background thread, never on the FX thread. Failures are
 * {@link ServiceFailure}s with a stable code, a precise technician detail and the Chinese sentence for the citizen.
 */
public interface ServiceDesk {

    /** Starts a transaction for {@code item}; {@code citizen} is null for items without identification. */
    ServiceTx begin(ServiceItem item, Citizen citizen);

    /** Resolves a scanned 医保电子凭证 to its holder (central, ec.query). */
    EcTokenResult resolveEcToken(String token) throws ServiceFailure;

    /** Compares the face still (JPEG) with the card's photo held by the department (人证比对). */
    FaceCheckResult checkFace(ServiceTx tx, byte[] jpeg) throws ServiceFailure;

    /** Asks the item's department for the citizen's records with the values of the CHOOSE/FILL steps. */
    QueryResult query(ServiceTx tx, Map<String, String> params) throws ServiceFailure;

    /**
     * Submits the application (办件) or the 养老待遇资格认证 once: journalled with an idempotency key, so a repeat of
     * the same transaction (retry, or recovery after a crash) confirms the first submission instead of making a
     * second one.
     */
    Submission submit(ServiceTx tx, Map<String, String> form, List<String> materialsProvided, SignedLetter commitment,
                      SignedLetter deferral) throws ServiceFailure;

    /**
     * Prints what the item's PRINT step gives: the certificate (A4, from central, for items with a document printer),
     * else the receipt (受理凭证 after a submission, 一次性告知单 when materials are missing, the query result).
     * Journalled: calling it again for the same transaction after a failure prints the same job once; after a
     * success it prints nothing more and answers the earlier result. {@code progress} receives short Chinese
     * status lines (正在生成证明… 正在打印第1页…).
     */
    Printed print(ServiceTx tx, Map<String, String> params, Consumer<String> progress) throws ServiceFailure;

    /** Queues the 好差评 for central through the outbox (delivered exactly once, even across restarts). */
    void evaluate(ServiceTx tx, Satisfaction level, List<String> reasons);

    /** Ends the transaction and queues its {@link TransactionRecord} for central; personal data is purged later. */
    void finish(ServiceTx tx, TransactionRecord.Outcome outcome, String failureCode);

    /** Raises 呼叫帮办; never fails: without central it answers with the site's phone and a local wait estimate. */
    HelpAnswer askHelp(String itemCode, String screen, String reason);

    /** Documents this citizen requested in the last 24 h whose printing did not finish (after a crash or a jam). */
    List<PendingReprint> pendingReprints(CitizenIdentity citizen);

    /** Prints a pending document once; it is then no longer pending. */
    Printed reprint(PendingReprint pending, Consumer<String> progress) throws ServiceFailure;

    /**
     * A desk for a kiosk without one (no journal or central wired, e.g. screens tested alone): department calls
     * fail with {@code DESK_NOT_AVAILABLE} naming {@code why}; help answers with {@code sitePhone}.
     */
    /** Whether this desk can serve citizen flows at all (false for {@link #unavailable}). */
    default boolean available() {
        return true;
    }

    /** The payments of the PAY step (issue #8), when this kiosk takes payments; empty by default. */
    default java.util.Optional<org.budayang.kiosk.payment.KioskPayments> payments() {
        return java.util.Optional.empty();
    }

    static ServiceDesk unavailable(String why, String sitePhone) {
        return new UnavailableDesk(why, sitePhone);
    }

    /** The citizen of a transaction: the identity and what the card showed (name for forms and receipts). */
    record Citizen(CitizenIdentity identity, String idNumber, String name) {
        public Citizen {
            java.util.Objects.requireNonNull(identity, "Citizen.identity");
            java.util.Objects.requireNonNull(idNumber, "Citizen.idNumber");
            java.util.Objects.requireNonNull(name, "Citizen.name");
        }

        @Override
        public String toString() {
            return "Citizen[" + identity + "]";
        }
    }

    /** The outcome of {@link #submit}: the 办件编号 or certification number and central's answer in Chinese. */
    record Submission(String number, org.budayang.api.services.ApplicationReceipt receipt, String message) {
    }

    /** What {@link #print} printed: a title (社会保险个人参保证明, 受理凭证…), pages, and a verification code if any. */
    record Printed(String title, int pages, String verificationCode) {
    }

    /** A document requested earlier whose printing did not finish. */
    record PendingReprint(String transactionId, String itemCode, String title, java.time.Instant requestedAt) {
    }
}
