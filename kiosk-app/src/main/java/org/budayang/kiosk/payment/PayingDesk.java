package org.budayang.kiosk.payment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceFailure;
import org.budayang.kiosk.service.ServiceTx;

/** A kiosk's service desk with its payments: every call goes to {@code desk}; {@link #payments()} answers them. */
public final class PayingDesk implements ServiceDesk {
    private final ServiceDesk desk;
    private final KioskPayments payments;

    public PayingDesk(ServiceDesk desk, KioskPayments payments) {
        this.desk = Objects.requireNonNull(desk, "PayingDesk.desk is required");
        this.payments = Objects.requireNonNull(payments, "PayingDesk.payments is required");
    }

    @Override
    public Optional<KioskPayments> payments() {
        return Optional.of(payments);
    }

    @Override
    public boolean available() {
        return desk.available();
    }

    @Override
    public ServiceTx begin(ServiceItem item, Citizen citizen) {
        return desk.begin(item, citizen);
    }

    @Override
    public EcTokenResult resolveEcToken(String token) throws ServiceFailure {
        return desk.resolveEcToken(token);
    }

    @Override
    public FaceCheckResult checkFace(ServiceTx tx, byte[] jpeg) throws ServiceFailure {
        return desk.checkFace(tx, jpeg);
    }

    @Override
    public QueryResult query(ServiceTx tx, Map<String, String> params) throws ServiceFailure {
        return desk.query(tx, params);
    }

    @Override
    public Submission submit(ServiceTx tx, Map<String, String> form, List<String> materialsProvided,
            SignedLetter commitment, SignedLetter deferral) throws ServiceFailure {
        return desk.submit(tx, form, materialsProvided, commitment, deferral);
    }

    @Override
    public Printed print(ServiceTx tx, Map<String, String> params, Consumer<String> progress) throws ServiceFailure {
        return desk.print(tx, params, progress);
    }

    @Override
    public void evaluate(ServiceTx tx, Satisfaction level, List<String> reasons) {
        desk.evaluate(tx, level, reasons);
    }

    @Override
    public void finish(ServiceTx tx, TransactionRecord.Outcome outcome, String failureCode) {
        desk.finish(tx, outcome, failureCode);
    }

    @Override
    public HelpAnswer askHelp(String itemCode, String screen, String reason) {
        return desk.askHelp(itemCode, screen, reason);
    }

    @Override
    public List<PendingReprint> pendingReprints(CitizenIdentity citizen) {
        return desk.pendingReprints(citizen);
    }

    @Override
    public Printed reprint(PendingReprint pending, Consumer<String> progress) throws ServiceFailure {
        return desk.reprint(pending, progress);
    }
}
