package org.budayang.provisioning.fleet;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.fleet.KioskSelf;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.provisioning.cli.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the kept self-test report ({@link LastSelftest}) to central over mutual TLS and tells the technician what
 * happened. A failure to send is a warning, never a lost report: the file stays and the next {@code enrol},
 * {@code selftest} or {@code status --send-selftest} sends it (with the same Idempotency-Key, so central keeps it once).
 */
public final class SelftestDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(SelftestDelivery.class);

    /** What became of the report. */
    public enum Outcome {
        /** Central stored it (or had it already). */
        SENT,
        /** No self-test was run on this kiosk yet. */
        NO_REPORT,
        /** Kept on disk, not sent (central unreachable or refused, or the file is unreadable). */
        NOT_SENT
    }

    private final Term term;
    private final Clock clock;

    public SelftestDelivery(Term term, Clock clock) {
        this.term = Objects.requireNonNull(term, "SelftestDelivery.term is required");
        this.clock = Objects.requireNonNull(clock, "SelftestDelivery.clock is required");
    }

    /** Sends the report kept in {@code last} as kiosk {@code credentials}. */
    public Outcome send(LastSelftest last, KioskCredentials credentials) {
        Optional<SelftestUpload> upload;
        try {
            upload = last.read();
        } catch (IllegalArgumentException unreadable) {
            term.mark(Term.Mark.WARN, "自检报告无法读取，未发送 / the self-test report was not sent: "
                    + unreadable.getMessage());
            return Outcome.NOT_SENT;
        }
        if (upload.isEmpty()) {
            term.mark(Term.Mark.WARN, "尚未运行自检，没有报告可发送 / no self-test was run yet, so no report was sent:"
                    + " run 'budayang provision selftest' (on an enrolled kiosk it sends its report to central)");
            return Outcome.NO_REPORT;
        }
        return send(upload.get(), last, credentials);
    }

    /** Sends {@code upload} (the report kept in {@code last}) as kiosk {@code credentials}. */
    public Outcome send(SelftestUpload upload, LastSelftest last, KioskCredentials credentials) {
        try {
            KioskSelf.SelftestSummary stored = new CentralClient(credentials, clock).send(upload);
            term.mark(Term.Mark.OK, "自检报告已发送到服务中心 / self-test report sent to central as " + credentials.kioskId()
                    + " (ran " + StatusReport.time(stored.ranAt()) + ": " + stored.checks() + " checked, "
                    + stored.failures() + " failed)");
            return Outcome.SENT;
        } catch (CentralCallException e) {
            LOG.info("The self-test report of {} was not sent: {}", credentials.kioskId(), e.getMessage());
            term.mark(Term.Mark.WARN, "自检报告未能发送，已保留在本机，下次 enrol、selftest 或 status --send-selftest 时再发送"
                    + " / self-test report not sent; kept in " + last.file() + " and sent by the next enrol, selftest"
                    + " or status --send-selftest");
            term.line("    详情 Detail: " + e.getMessage());
            return Outcome.NOT_SENT;
        }
    }
}
