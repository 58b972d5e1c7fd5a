package org.budayang.driver.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * One code read by a scanner: its text as sent (terminator removed, decoded with the configured encoding).
 * {@link #toString()} shows only its length and a short prefix (codes can carry identities or payment tokens).
 */
public record ScannedCode(String text, Instant at) {

    public ScannedCode {
        Objects.requireNonNull(text, "ScannedCode.text is required");
        Objects.requireNonNull(at, "ScannedCode.at is required");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("ScannedCode.text is empty");
        }
    }

    @Override
    public String toString() {
        return "ScannedCode[" + text.length() + " chars, " + text.substring(0, Math.min(4, text.length()))
                + "…, at " + at + "]";
    }
}
