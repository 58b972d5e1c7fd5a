package org.budayang.central.auth;

import io.javalin.http.Context;
import java.util.Objects;

/**
 * The kiosk that made the current request, as proven by {@link KioskAuthenticator}. Handlers of
 * {@code /api/v1} routes read it with {@link #of(Context)}.
 *
 * @param kioskId e.g. {@code KSK-620102-0001}
 */
public record KioskIdentity(String kioskId) {
    static final String ATTRIBUTE = "budayang.kiosk";

    public KioskIdentity {
        if (!KioskId.isValid(kioskId)) {
            throw new IllegalArgumentException("KioskIdentity.kioskId: '" + kioskId + "' is not " + KioskId.FORMAT);
        }
    }

    /**
     * The authenticated kiosk of this request.
     *
     * @throws IllegalStateException on a public route, where no kiosk was authenticated
     */
    public static KioskIdentity of(Context ctx) {
        KioskIdentity identity = ctx.attribute(ATTRIBUTE);
        if (identity == null) {
            throw new IllegalStateException("No kiosk is authenticated for " + ctx.method() + " "
                    + ctx.endpointHandlerPath() + "; KioskIdentity.of(ctx) works only on authenticated /api/v1 routes");
        }
        return identity;
    }

    static void set(Context ctx, KioskIdentity identity) {
        ctx.attribute(ATTRIBUTE, Objects.requireNonNull(identity, "identity"));
    }
}
