package org.budayang.api.services;

import java.time.Instant;

/**
 * A letter the applicant read and signed at the kiosk (告知承诺书 or 容缺受理承诺书).
 *
 * @param version  the letter text's version as published with the item, e.g. {@code GA-QT00012001-v1}
 * @param signedAt when the applicant signed it
 */
public record SignedLetter(String version, Instant signedAt) {
    public SignedLetter {
        version = Require.text("SignedLetter.version", version);
        if (version.length() > 64) {
            throw new IllegalArgumentException("SignedLetter.version has " + version.length()
                    + " characters; at most 64");
        }
        Require.present("SignedLetter.signedAt", signedAt);
    }
}
