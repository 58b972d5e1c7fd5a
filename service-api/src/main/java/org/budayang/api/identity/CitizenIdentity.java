package org.budayang.api.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity a kiosk hands to a flow, normalised as the 医保 platform does (DOMAIN.md, Identity at the kiosk):
 * {@code {certType, certNo, cardSn}}.
 *
 * <ul>
 *   <li>{@link CertType#IDCARD}: {@code certNo} is the resident ID number read from the card (valid GB 11643),
 *       {@code cardSn} the card's serial when the reader gives one, else empty;</li>
 *   <li>{@link CertType#SSCARD}: {@code certNo} is the 社会保障号码 (EF06 record 01, a valid GB 11643 number),
 *       {@code cardSn} the card number (EF05 record 07);</li>
 *   <li>{@link CertType#ECTOKEN}: {@code certNo} is the scanned 医保电子凭证 token, opaque to the kiosk
 *       ({@value #TOKEN_MIN}..{@value #TOKEN_MAX} printable ASCII characters, no spaces); central resolves it to a
 *       person through the 医保 platform ({@code ec.query}). {@code cardSn} is empty.</li>
 * </ul>
 * An ID number is normalised (upper-case X, no surrounding spaces). {@link #toString()} is masked: the first 6 and
 * last 4 characters of a number, only the length and the first 4 characters of a token.
 *
 * @param certType how the citizen was identified
 * @param certNo   the number or token (never log it: use {@link #maskedCertNo()})
 * @param cardSn   the card's serial or number; empty when there is none
 */
public record CitizenIdentity(CertType certType, String certNo, String cardSn) {
    /** The shortest token accepted as a 医保电子凭证 (shorter texts are not dynamic codes). */
    public static final int TOKEN_MIN = 16;
    /** The longest token accepted. */
    public static final int TOKEN_MAX = 512;
    /** The longest card serial or number accepted. */
    public static final int CARD_SN_MAX = 32;
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]+");
    private static final Pattern CARD_SN = Pattern.compile("[0-9A-Za-z]*");

    /** The kinds of identification a kiosk hands on. */
    public enum CertType {
        /** 医保电子凭证: a dynamic QR token. */
        ECTOKEN,
        /** 居民身份证 read by a certified reader. */
        IDCARD,
        /** 社会保障卡 read through PC/SC. */
        SSCARD
    }

    public CitizenIdentity {
        if (certType == null) {
            throw new IllegalArgumentException("CitizenIdentity.certType is required (ECTOKEN, IDCARD or SSCARD)");
        }
        if (certNo == null) {
            throw new IllegalArgumentException("CitizenIdentity.certNo is required for " + certType);
        }
        if (cardSn == null) {
            throw new IllegalArgumentException("CitizenIdentity.cardSn is required for " + certType
                    + " (pass \"\" when there is none)");
        }
        if (certType == CertType.ECTOKEN) {
            if (certNo.length() < TOKEN_MIN || certNo.length() > TOKEN_MAX || !TOKEN.matcher(certNo).matches()) {
                throw new IllegalArgumentException("CitizenIdentity.certNo of ECTOKEN: a token of " + certNo.length()
                        + " characters (" + maskToken(certNo) + ") is not accepted; expected " + TOKEN_MIN + ".."
                        + TOKEN_MAX + " printable ASCII characters without spaces, as scanned from a 医保电子凭证");
            }
            if (!cardSn.isEmpty()) {
                throw new IllegalArgumentException("CitizenIdentity.cardSn of ECTOKEN must be empty, got "
                        + cardSn.length() + " characters; an electronic voucher has no card");
            }
        } else {
            try {
                certNo = IdNumber.parse(certNo).value();
            } catch (IdNumber.InvalidIdNumberException e) {
                throw new IllegalArgumentException("CitizenIdentity.certNo of " + certType + " is not a valid GB 11643 "
                        + "ID number (" + e.problem() + "): " + e.getMessage(), e);
            }
            if (cardSn.length() > CARD_SN_MAX || !CARD_SN.matcher(cardSn).matches()) {
                throw new IllegalArgumentException("CitizenIdentity.cardSn of " + certType + " has "
                        + cardSn.length() + " characters ('" + IdNumber.mask(cardSn) + "'); expected at most "
                        + CARD_SN_MAX + " letters and digits, or empty");
            }
        }
    }

    /** Identified by a resident ID card. */
    public static CitizenIdentity idCard(String idNumber, String cardSerial) {
        return new CitizenIdentity(CertType.IDCARD, idNumber, cardSerial == null ? "" : cardSerial);
    }

    /** Identified by a 社会保障卡: its 社会保障号码 and card number. */
    public static CitizenIdentity socialSecurityCard(String socialSecurityNumber, String cardNumber) {
        return new CitizenIdentity(CertType.SSCARD, socialSecurityNumber, Objects.requireNonNull(cardNumber,
                "CitizenIdentity.cardSn (the card number) is required for SSCARD"));
    }

    /** Identified by a scanned 医保电子凭证 token (to be resolved through central). */
    public static CitizenIdentity ecToken(String token) {
        return new CitizenIdentity(CertType.ECTOKEN, token, "");
    }

    /** Whether {@code certNo} is an ID number (IDCARD, SSCARD) rather than a token that central must resolve. */
    public boolean carriesIdNumber() {
        return certType != CertType.ECTOKEN;
    }

    /** The number or token masked for screens and logs: {@code 620102********0034}, {@code 32 chars, AbCd…}. */
    public String maskedCertNo() {
        return certType == CertType.ECTOKEN ? maskToken(certNo) : IdNumber.mask(certNo);
    }

    private static String maskToken(String token) {
        return token.length() + " chars, " + token.substring(0, Math.min(4, token.length())) + "…";
    }

    @Override
    public String toString() {
        return "CitizenIdentity[" + certType + ", " + maskedCertNo() + ", cardSn "
                + (cardSn.isEmpty() ? "none" : IdNumber.mask(cardSn)) + "]";
    }
}
