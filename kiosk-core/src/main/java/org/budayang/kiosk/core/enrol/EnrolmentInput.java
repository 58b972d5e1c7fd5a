package org.budayang.kiosk.core.enrol;

import java.net.URI;
import java.util.Locale;

/**
 * The code sheet's three values as a technician types them (on the kiosk's touch keys or on the provisioning command
 * line), checked before any call to central: the code (case, spaces and hyphens ignored), the CA fingerprint (64 hex
 * digits, colons and spaces ignored) and central's https URL. A refusal is an {@link EnrolmentException} with code
 * CODE_FORMAT, FINGERPRINT_FORMAT or URL_FORMAT (see {@link EnrolmentRefusal}).
 */
public final class EnrolmentInput {
    /** central's enrolment route on its TLS port (what the code sheet's enrolUrl names). */
    public static final String ENROL_PATH = "/api/v1/enrol";
    /** The code's characters (central's alphabet: no I, L, O, U). */
    public static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private EnrolmentInput() {
    }

    /** XXXX-XXXX-XXXX-XXXX from what was typed (case, spaces and hyphens ignored), or null when it is not one. */
    public static String normaliseCode(String typed) {
        String raw = typed == null ? "" : typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (raw.length() != 16 || raw.chars().anyMatch(c -> CODE_ALPHABET.indexOf(c) < 0)) {
            return null;
        }
        return raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8, 12) + "-" + raw.substring(12);
    }

    /** The 64 upper-case hex digits of a typed fingerprint (colons and spaces ignored), as typed when it is not one. */
    public static String fingerprintHex(String typed) {
        return typed == null ? "" : typed.replace(":", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The enrolment URL for what was typed: a full {@code https://host:port/api/v1/enrol}, or central's base URL
     * {@code https://host:port} (the path is added).
     */
    public static URI enrolUrl(String typed) {
        String text = typed == null ? "" : typed.strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        URI uri = URI.create(text);
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            return URI.create(text + ENROL_PATH);
        }
        return uri;
    }

    /**
     * The sheet of the three typed values.
     *
     * @throws InvalidInput naming the value and what is accepted (CODE_FORMAT, FINGERPRINT_FORMAT, URL_FORMAT)
     */
    public static CodeSheet sheet(String code, String fingerprint, String url) {
        String normalised = normaliseCode(code);
        if (normalised == null) {
            throw new InvalidInput(EnrolmentRefusal.CODE_FORMAT, code == null ? "" : code.strip());
        }
        String hex = fingerprintHex(fingerprint);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new InvalidInput(EnrolmentRefusal.FINGERPRINT_FORMAT, hex.length());
        }
        String shownUrl = url == null ? "" : url.strip();
        try {
            return new CodeSheet(normalised, hex, enrolUrl(shownUrl));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(EnrolmentRefusal.URL_FORMAT, shownUrl);
        }
    }

    /** A typed value that is not one: the refusal (its code and texts) and the value it is about. */
    public static final class InvalidInput extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient EnrolmentRefusal refusal;
        private final transient Object argument;

        InvalidInput(EnrolmentRefusal refusal, Object argument) {
            super(refusal.name() + ": " + refusal.en(argument));
            this.refusal = refusal;
            this.argument = argument;
        }

        public EnrolmentRefusal refusal() {
            return refusal;
        }

        public String zh() {
            return refusal.zh(argument);
        }

        public String en() {
            return refusal.en(argument);
        }
    }
}
