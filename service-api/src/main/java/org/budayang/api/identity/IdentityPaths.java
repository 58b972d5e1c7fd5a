package org.budayang.api.identity;

/** The HTTP paths of the identity checks (人证比对) of the kiosk-central contract. */
public final class IdentityPaths {
    /** POST {@link IdCardCheckRequest} → {@link IdCardCheckResult}. */
    public static final String ID_CARD = "/api/v1/identity/id-card";
    /** POST {@link FaceCheckRequest} → {@link FaceCheckResult}. */
    public static final String FACE = "/api/v1/identity/face";
    /** POST {@link EcTokenRequest} → {@link EcTokenResult}: resolve a scanned 医保电子凭证 to its holder. */
    public static final String EC_TOKEN = "/api/v1/identity/ec-token";

    private IdentityPaths() {
    }
}
