package org.budayang.central.fleet.enrol;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.budayang.central.auth.Access;
import org.budayang.central.auth.KioskId;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.auth.OpsAuthenticator;
import org.budayang.central.fleet.tls.Pem;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.CentralModule;
import org.budayang.central.web.JsonBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrolment routes: {@code POST /api/v1/enrol} (public: the code is the credential),
 * {@code POST /api/v1/kiosks/self/renew} (the kiosk, over mutual TLS), and for ops (the ops token and user,
 * checked by {@link OpsAuthenticator}) {@code POST|GET /api/v1/ops/enrolment-codes} and
 * {@code POST /api/v1/ops/kiosks/{kioskId}/revoke}; creating a code and revoking are logged with the ops user.
 */
public final class EnrolmentModule implements CentralModule {
    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentModule.class);
    public static final String ENROL = "/api/v1/enrol";
    public static final String RENEW = "/api/v1/kiosks/self/renew";
    public static final String CODES = "/api/v1/ops/enrolment-codes";
    public static final String REVOKE = "/api/v1/ops/kiosks/{kioskId}/revoke";

    private final Enrolment enrolment;
    private final Supplier<Optional<String>> apiUrl;

    /**
     * @param apiUrl central's mutual-TLS base URL (known once the server listens), given to kiosks at
     *               enrolment and on code sheets
     */
    public EnrolmentModule(Enrolment enrolment, Supplier<Optional<String>> apiUrl) {
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl");
    }

    @Override
    public void addRoutes(Javalin app) {
        app.post(ENROL, this::enrol, Access.PUBLIC);
        app.post(RENEW, this::renew);
        app.post(CODES, this::createCode, Access.PUBLIC, Access.OPS);
        app.get(CODES, this::listCodes, Access.PUBLIC, Access.OPS);
        app.post(REVOKE, this::revoke, Access.PUBLIC, Access.OPS);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/fleet-enrol.json");
    }

    private void enrol(Context ctx) {
        EnrolmentJson.EnrolRequest request = JsonBody.read(ctx, EnrolmentJson.EnrolRequest.class);
        Enrolment.Issued issued = enrolment.enrol(request.code(), request.csr(), request.name());
        ctx.status(201).json(answer(issued));
    }

    private void renew(Context ctx) {
        EnrolmentJson.RenewRequest request = JsonBody.read(ctx, EnrolmentJson.RenewRequest.class);
        ctx.json(answer(enrolment.renew(KioskIdentity.of(ctx).kioskId(), request.csr())));
    }

    private void createCode(Context ctx) {
        EnrolmentJson.CodeRequest request = JsonBody.read(ctx, EnrolmentJson.CodeRequest.class);
        Enrolment.IssuedCode issued;
        try {
            issued = enrolment.createCode(request.site(), request.validity());
        } catch (IllegalArgumentException e) {
            throw JsonBody.refused(e);
        }
        LOG.info("Ops user {} created enrolment code …{}", OpsAuthenticator.user(ctx), issued.code().hint());
        ctx.status(201).json(sheet(issued));
    }

    /** The code sheet of a created code, as ops get it (and as the demo writes it). */
    public EnrolmentJson.CodeSheet sheet(Enrolment.IssuedCode issued) {
        return new EnrolmentJson.CodeSheet(issued.code().display(), issued.code().hint(),
                EnrolmentJson.Site.of(issued.site()), issued.expiresAt(), enrolment.ca().fingerprint(),
                apiUrl.get().map(url -> url + ENROL).orElse(null));
    }

    private void listCodes(Context ctx) {
        Instant now = Instant.now(enrolment.clock());
        ctx.json(enrolment.codes().stream().map(row -> new EnrolmentJson.CodeEntry(row.hint(),
                EnrolmentJson.Site.of(row.site()), row.createdAt(), row.expiresAt(), row.state(now),
                row.usedAt().orElse(null), row.usedBy().orElse(null))).toList());
    }

    private void revoke(Context ctx) {
        String kioskId = ctx.pathParam("kioskId");
        if (!KioskId.isValid(kioskId)) {
            throw new ApiException(400, "INVALID_KIOSK_ID", "Path parameter kioskId '" + kioskId + "' is not "
                    + KioskId.FORMAT + ".");
        }
        LOG.info("Ops user {} revokes kiosk {}", OpsAuthenticator.user(ctx), kioskId);
        ctx.json(new EnrolmentJson.Revoked(kioskId, enrolment.revoke(kioskId)));
    }

    private EnrolmentJson.CertificateAnswer answer(Enrolment.Issued issued) {
        X509Certificate ca = enrolment.ca().certificate();
        String certificate = Pem.certificate(issued.certificate());
        return new EnrolmentJson.CertificateAnswer(issued.kioskId(), certificate,
                List.of(certificate, Pem.certificate(ca)), Pem.certificate(ca), enrolment.ca().fingerprint(),
                issued.certificate().getNotAfter().toInstant(), apiUrl.get().orElse(null));
    }
}
