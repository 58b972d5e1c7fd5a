package org.budayang.central.fleet.selftest;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.KioskSelf;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.central.auth.KioskAuthenticator;
import org.budayang.central.auth.KioskId;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.fleet.commands.OpsGate;
import org.budayang.central.fleet.enrol.EnrolmentStore;
import org.budayang.central.fleet.telemetry.FleetJson;
import org.budayang.central.web.AcceptedBodies;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.CentralModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a kiosk may read of itself, and its self-test reports (issue #10). Kiosk side, over mutual TLS (the kiosk is
 * the one its client certificate names; there is no id in the path, so a kiosk reads and writes only its own):
 * {@code GET /api/v1/kiosks/self} answers {@link KioskSelf}; {@code POST /api/v1/kiosks/self/selftests} stores a
 * {@link SelftestUpload} (idempotent on its {@code Idempotency-Key} as every kiosk POST; at most
 * {@value #MAX_BODY_BYTES} bytes) and answers 201 with its {@link KioskSelf.SelftestSummary}. Ops side:
 * {@code GET /api/v1/ops/kiosks/{kioskId}/selftests} lists the kept reports, newest first.
 */
public final class KioskSelfModule implements CentralModule {
    private static final Logger LOG = LoggerFactory.getLogger(KioskSelfModule.class);
    /** 16 checks with every text at its longest and Chinese advice stay well below it. */
    public static final int MAX_BODY_BYTES = 128 * 1024;

    private final KioskSelfQuery self;
    private final SelftestRepository selftests;
    private final EnrolmentStore enrolled;
    private final Clock clock;

    public KioskSelfModule(KioskSelfQuery self, SelftestRepository selftests, EnrolmentStore enrolled, Clock clock) {
        this.self = Objects.requireNonNull(self, "self");
        this.selftests = Objects.requireNonNull(selftests, "selftests");
        this.enrolled = Objects.requireNonNull(enrolled, "enrolled");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void addRoutes(Javalin app) {
        app.get(FleetPaths.KIOSK_SELF, this::self);
        app.post(FleetPaths.KIOSK_SELFTESTS, this::receive, AcceptedBodies.of(MAX_BODY_BYTES, "application/json"));
        app.get(FleetPaths.OPS_KIOSK_SELFTESTS, OpsGate.guard((ctx, user) -> list(ctx)), OpsGate.ROLES);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/fleet-self.json");
    }

    private void self(Context ctx) {
        String kiosk = KioskIdentity.of(ctx).kioskId();
        X509Certificate certificate = KioskAuthenticator.certificate(ctx).orElseThrow(() -> new IllegalStateException(
                "Kiosk " + kiosk + " was authenticated without a client certificate on " + ctx.path()));
        KioskSelf answer = self.find(kiosk, certificate.getNotAfter().toInstant()).orElseThrow(() ->
                new ApiException(404, "KIOSK_NOT_FOUND", "Central has no enrolled kiosk " + kiosk + " although its "
                        + "certificate was accepted; enrol the kiosk again."));
        ctx.json(answer);
    }

    private void receive(Context ctx) {
        String kiosk = KioskIdentity.of(ctx).kioskId();
        SelftestUpload report = FleetJson.read(ctx, SelftestUpload.class);
        SelftestRepository.Recorded recorded = selftests.record(kiosk, report, clock.instant());
        StoredSelftest stored = recorded.stored();
        LOG.info("Self-test report {} of kiosk {} (ran {}, version {}): {} checks, {} failed {}; {} older report(s) "
                + "deleted", stored.id(), kiosk, report.ranAt(), report.appVersion(),
                report.checks().size(), report.failures(), stored.failedRoles(), recorded.deleted());
        ctx.status(201).json(stored.summary());
    }

    private void list(Context ctx) {
        String kiosk = ctx.pathParam("kioskId");
        if (!KioskId.isValid(kiosk)) {
            throw ApiException.badRequest("INVALID_FIELD", "Path parameter kioskId '" + printable(kiosk)
                    + "' is not " + KioskId.FORMAT);
        }
        if (enrolled.kiosk(kiosk).isEmpty()) {
            throw new ApiException(404, "KIOSK_NOT_FOUND", "Kiosk " + kiosk + " is not enrolled at this central; "
                    + "the console's kiosk list (/console/kiosks) shows the enrolled ones.");
        }
        ctx.json(Map.of("kioskId", kiosk, "selftests", selftests.list(kiosk, SelftestSettings.MAX_KEEP).stream()
                .map(SelftestReport::of).toList()));
    }

    private static String printable(String text) {
        String kept = text.codePoints().filter(c -> c >= 0x20 && c < 0x7f).limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() > 40 ? kept + "…" : kept;
    }
}
