package org.budayang.api.identity;

/**
 * {@code POST /api/v1/identity/ec-token}: resolve a scanned 医保电子凭证 token to its holder through the 医保
 * platform ({@code ec.query}). The token is as scanned ({@link CitizenIdentity#TOKEN_MIN}..
 * {@link CitizenIdentity#TOKEN_MAX} printable ASCII); never logged whole.
 *
 * @param token the scanned token
 */
public record EcTokenRequest(String token) {
    public EcTokenRequest {
        token = new CitizenIdentity(CitizenIdentity.CertType.ECTOKEN, token, "").certNo();
    }

    @Override
    public String toString() {
        return "EcTokenRequest[" + new CitizenIdentity(CitizenIdentity.CertType.ECTOKEN, token, "").maskedCertNo() + "]";
    }
}
