package org.budayang.central.connectors.sandbox;

import org.budayang.api.identity.IdNumber;

/**
 * {@code POST /sandbox/admin/ec-tokens}: issue a 医保电子凭证 token for an enrolled person.
 *
 * @param idNumber     the holder's ID number (must be enrolled in the sandbox 医保 system)
 * @param validSeconds how long the token is accepted, 10..86400 (default 300)
 * @param singleUse    whether the token is refused once used (default true, as a real code refreshes)
 */
public record EcTokenIssue(String idNumber, Integer validSeconds, Boolean singleUse) {
    public EcTokenIssue {
        idNumber = IdNumber.parse(idNumber).value();
        validSeconds = validSeconds == null ? (int) SandboxEcTokens.DEFAULT_VALIDITY.toSeconds() : validSeconds;
        if (validSeconds < 10 || validSeconds > 86_400) {
            throw new IllegalArgumentException("EcTokenIssue.validSeconds: " + validSeconds + " is outside 10..86400");
        }
        singleUse = singleUse == null || singleUse;
    }

    @Override
    public String toString() {
        return "EcTokenIssue[" + IdNumber.mask(idNumber) + ", " + validSeconds + " s, singleUse " + singleUse + "]";
    }
}
