package org.budayang.central.identity;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.ApiHeaders;
import org.budayang.api.identity.FaceCheckRequest;
import org.budayang.api.identity.IdCardCheckRequest;
import org.budayang.api.identity.IdNumber;
import org.budayang.api.identity.IdentityPaths;
import org.budayang.central.identity.face.FaceAnalyser;
import org.budayang.central.identity.face.PortraitGenerator;
import org.budayang.central.web.CentralModule;
import org.budayang.central.web.JsonBody;

/**
 * The identity endpoints: {@code POST /api/v1/identity/id-card} and {@code POST
 * /api/v1/identity/face}. Wire with {@code new IdentityModule(register, repository, settings, clock)}.
 */
public final class IdentityModule implements CentralModule {
    private final IdCardVerifier cards;
    private final FaceVerifier faces;
    private final CaptureDecoder decoder;

    public IdentityModule(PopulationRegister register, FaceCheckRepository results, IdentitySettings settings,
                          Clock clock) {
        Objects.requireNonNull(settings, "settings");
        this.cards = new IdCardVerifier(register, clock, settings.zone());
        this.faces = new FaceVerifier(register, new FaceAnalyser(settings.face()), new PortraitGenerator(), results,
                clock);
        this.decoder = new CaptureDecoder(settings.maxImageBytes(), settings.maxImagePixels());
    }

    @Override
    public void addRoutes(Javalin app) {
        app.post(IdentityPaths.ID_CARD, this::idCard);
        app.post(IdentityPaths.FACE, this::face);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/identity.json");
    }

    private void idCard(Context ctx) {
        IdCardCheckRequest request = JsonBody.read(ctx, IdCardCheckRequest.class);
        ctx.json(cards.verify(idNumber(request.idNumber()), request));
    }

    private void face(Context ctx) {
        FaceCheckRequest request = JsonBody.read(ctx, FaceCheckRequest.class);
        IdNumber id = idNumber(request.idNumber());
        BufferedImage capture = decoder.decode(request.image());
        ctx.json(faces.verify(id, capture, ctx.header(ApiHeaders.KIOSK_ID)));
    }

    /** An invalid number is answered 400 INVALID_ID_NUMBER (masked, with the citizen's message). */
    private static IdNumber idNumber(String text) {
        try {
            return IdNumber.parse(text);
        } catch (IllegalArgumentException e) {
            throw org.budayang.central.web.JsonBody.refused(e);
        }
    }
}
