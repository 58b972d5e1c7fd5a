package org.budayang.kiosk.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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
 * The desk of a kiosk context built without one (screens and tests that run no citizen flow): a transaction can
 * begin, but every department call fails with {@value #CODE} naming why, nothing is journalled or printed, and
 * help answers with the site phone. Like {@code PrintService.none()}: an honest "not here", never a pretend answer.
 */
final class UnavailableDesk implements ServiceDesk {
    static final String CODE = "DESK_NOT_AVAILABLE";
    private final String why;
    private final String phone;

    UnavailableDesk(String why, String phone) {
        this.why = Objects.requireNonNull(why, "why");
        this.phone = Objects.requireNonNull(phone, "phone");
    }

    private ServiceFailure failure(String operation) {
        return new ServiceFailure(CODE, operation + " refused: " + why, "本机暂不能办理该业务，请到服务窗口办理。",
                false);
    }

    @Override
    public ServiceTx begin(ServiceItem item, Citizen citizen) {
        String id = UUID.randomUUID().toString();
        return new ServiceTx() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public ServiceItem item() {
                return item;
            }

            @Override
            public Citizen citizen() {
                return citizen;
            }

            @Override
            public String serviceNumber() {
                return id;
            }
        };
    }

    @Override
    public EcTokenResult resolveEcToken(String token) throws ServiceFailure {
        throw failure("resolveEcToken");
    }

    @Override
    public FaceCheckResult checkFace(ServiceTx tx, byte[] jpeg) throws ServiceFailure {
        throw failure("checkFace");
    }

    @Override
    public QueryResult query(ServiceTx tx, Map<String, String> params) throws ServiceFailure {
        throw failure("query");
    }

    @Override
    public Submission submit(ServiceTx tx, Map<String, String> form, List<String> materialsProvided,
            SignedLetter commitment, SignedLetter deferral) throws ServiceFailure {
        throw failure("submit");
    }

    @Override
    public Printed print(ServiceTx tx, Map<String, String> params, Consumer<String> progress) throws ServiceFailure {
        throw failure("print");
    }

    @Override
    public void evaluate(ServiceTx tx, Satisfaction level, List<String> reasons) {
        // nothing was served, so there is nothing to evaluate or to deliver
    }

    @Override
    public void finish(ServiceTx tx, TransactionRecord.Outcome outcome, String failureCode) {
        // nothing was journalled
    }

    @Override
    public HelpAnswer askHelp(String itemCode, String screen, String reason) {
        return new HelpAnswer(UUID.randomUUID().toString(), 0, "请拨打求助电话 " + phone + "，或到服务窗口办理。", phone);
    }

    @Override
    public List<PendingReprint> pendingReprints(CitizenIdentity citizen) {
        return List.of();
    }

    @Override
    public Printed reprint(PendingReprint pending, Consumer<String> progress) throws ServiceFailure {
        throw failure("reprint");
    }
}
