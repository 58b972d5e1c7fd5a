package org.budayang.central.identity;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;
import org.budayang.api.identity.EcTokenRequest;
import org.budayang.api.identity.EcTokenResult;
import org.budayang.api.identity.IdentityPaths;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.connectors.MedicalInsuranceConnector;
import org.budayang.central.web.CentralModule;
import org.budayang.central.web.JsonBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/identity/ec-token}: a scanned 医保电子凭证 resolved to its holder by the 医保 platform
 * ({@code ec.query} of the 医保 connector). The kiosk then continues as if the ID card had been read; no face check
 * follows (the platform vouches for the holder). Neither the token nor the ID number is ever logged.
 */
public final class EcTokenModule implements CentralModule {
    private static final Logger LOG = LoggerFactory.getLogger(EcTokenModule.class);

    private final MedicalInsuranceConnector medical;

    public EcTokenModule(MedicalInsuranceConnector medical) {
        this.medical = medical;
    }

    @Override
    public void addRoutes(Javalin app) {
        app.post(IdentityPaths.EC_TOKEN, this::resolve);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/ec-token.json");
    }

    private void resolve(Context ctx) {
        EcTokenRequest request = JsonBody.read(ctx, EcTokenRequest.class);
        MedicalInsuranceConnector.EcHolder holder = medical.ecQuery(request.token());
        LOG.info("医保电子凭证 scanned at kiosk {} resolved to its holder", KioskIdentity.of(ctx).kioskId());
        ctx.json(new EcTokenResult(holder.idNumber(), holder.name(), holder.expiresAt()));
    }
}
