package org.budayang.kiosk.service;

import java.time.Instant;
import java.util.Objects;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.services.PensionCertification;
import org.budayang.api.services.QueryResult;
import org.budayang.kiosk.journal.JournalTx;

/**
 * The {@link JournalledServiceDesk}'s transaction: the journal transaction and, in memory for the flow, what the
 * steps learned (the face check's verification id, the last query result, the submission). The journal is the
 * truth for what happened; this only spares re-reading it within one session. Calls on one transaction are
 * serialised by the desk (a double tap waits for the first).
 */
final class DeskTx implements ServiceTx {
    private final JournalTx journal;
    private final ServiceItem item;
    private final ServiceDesk.Citizen citizen;
    private final Instant startedAt;
    private volatile String faceVerificationId;
    private volatile QueryResult lastQuery;
    private volatile ServiceDesk.Submission submission;
    private volatile PensionCertification certification;

    DeskTx(JournalTx journal, ServiceItem item, ServiceDesk.Citizen citizen, Instant startedAt) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.item = Objects.requireNonNull(item, "item");
        this.citizen = citizen;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    @Override
    public String id() {
        return journal.id();
    }

    @Override
    public ServiceItem item() {
        return item;
    }

    @Override
    public ServiceDesk.Citizen citizen() {
        return citizen;
    }

    @Override
    public String serviceNumber() {
        ServiceDesk.Submission s = submission;
        return s != null ? s.number() : id();
    }

    JournalTx journal() {
        return journal;
    }

    Instant startedAt() {
        return startedAt;
    }

    String faceVerificationId() {
        return faceVerificationId;
    }

    void faceVerificationId(String id) {
        faceVerificationId = id;
    }

    QueryResult lastQuery() {
        return lastQuery;
    }

    void lastQuery(QueryResult result) {
        lastQuery = result;
    }

    ServiceDesk.Submission submission() {
        return submission;
    }

    PensionCertification certification() {
        return certification;
    }

    void submitted(ServiceDesk.Submission s, PensionCertification c) {
        submission = s;
        certification = c;
    }

    @Override
    public String toString() {
        return "ServiceTx[" + id() + " " + item.implementationCode() + "]";
    }
}
