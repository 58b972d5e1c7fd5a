package org.budayang.kiosk.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Optional;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.NameMask;
import org.budayang.driver.sscard.SocialSecurityCard;

/**
 * The identified citizen, in memory only, while the session lasts: the {@link CitizenIdentity} handed to the
 * flows ({@code {certType, certNo, cardSn}}), the card it came from (ID card or 社会保障卡; none for a scanned
 * 医保电子凭证) and, once taken, the face still. Nothing of it is written to disk or logged; {@link #toString()} is
 * masked. {@link #end()} forgets everything (fields nulled, the still's bytes zeroed), after which every accessor
 * refuses, naming the state and the operation.
 *
 * <p>A 医保电子凭证 session carries the scanned token as {@code certNo}: the flow resolves it to a person through
 * central (the 医保 platform's {@code ec.query}) when it first needs one; the kiosk never decodes it.
 *
 * <pre>
 *   state    allows                                        end() leads to
 *   ACTIVE   identity, card, maskedName, keepFace, ...     ENDED
 *   ENDED    end (does nothing more)                       ENDED
 * </pre>
 */
public final class CitizenSession {

    /** The session's states. */
    public enum State {
        ACTIVE,
        ENDED
    }

    private CitizenIdentity identity;
    private IdCard card;
    private SocialSecurityCard socialCard;
    private String maskedName;
    private Instant identifiedAt;
    private byte[] face;
    private State state = State.ACTIVE;

    /**
     * A session opened by a resident ID card (certNo = its ID number; the SAM reader gives no card serial, so
     * cardSn is empty).
     *
     * @param card         the card read from the reader; required
     * @param identifiedAt when the read finished; required
     */
    public CitizenSession(IdCard card, Instant identifiedAt) {
        this(CitizenIdentity.idCard(Objects.requireNonNull(card, "CitizenSession.card is required").idNumber(), ""),
                card, null, card.maskedName(), identifiedAt);
    }

    private CitizenSession(CitizenIdentity identity, IdCard card, SocialSecurityCard socialCard, String maskedName,
            Instant identifiedAt) {
        this.identity = identity;
        this.card = card;
        this.socialCard = socialCard;
        this.maskedName = maskedName;
        this.identifiedAt = Objects.requireNonNull(identifiedAt, "CitizenSession.identifiedAt is required");
    }

    /** A session opened by a 社会保障卡: certNo = 社会保障号码, cardSn = the card number. */
    public static CitizenSession of(SocialSecurityCard card, Instant identifiedAt) {
        Objects.requireNonNull(card, "CitizenSession.socialCard is required");
        return new CitizenSession(CitizenIdentity.socialSecurityCard(card.socialSecurityNumber(), card.cardNumber()),
                null, card, NameMask.mask(card.name()), identifiedAt);
    }

    /** A session opened by a scanned 医保电子凭证: certNo = the token (resolved through central later). */
    public static CitizenSession ofEcToken(String token, Instant identifiedAt) {
        return new CitizenSession(CitizenIdentity.ecToken(token), null, null, "", identifiedAt);
    }

    public synchronized State state() {
        return state;
    }

    /** The identity handed to the flows. */
    public synchronized CitizenIdentity identity() {
        require("identity");
        return identity;
    }

    /** How the citizen was identified. */
    public synchronized CitizenIdentity.CertType certType() {
        require("certType");
        return identity.certType();
    }

    /**
     * The ID card as read; for the flows that need the holder's data (auto-filled forms, 人证比对).
     *
     * @throws IllegalStateException when the session was opened by another kind of identification
     */
    public synchronized IdCard card() {
        require("card");
        if (card == null) {
            throw new IllegalStateException("CitizenSession: cannot card for a session identified by "
                    + identity.certType() + "; only an IDCARD session holds an ID card");
        }
        return card;
    }

    /** The 社会保障卡 as read, when the session was opened by one. */
    public synchronized Optional<SocialSecurityCard> socialCard() {
        require("socialCard");
        return Optional.ofNullable(socialCard);
    }

    /** The name masked for the screen (张*三); empty for a 医保电子凭证 (its holder is not known yet). */
    public synchronized String maskedName() {
        require("maskedName");
        return maskedName;
    }

    /** The ID number masked for the screen and logs (620102********0034), or the token's length and prefix. */
    public synchronized String maskedIdNumber() {
        require("maskedIdNumber");
        return identity.maskedCertNo();
    }

    public synchronized Instant identifiedAt() {
        require("identifiedAt");
        return identifiedAt;
    }

    /** Whether the card is past its validity on {@code date} (a token never is: central checks it). */
    public synchronized boolean expiredOn(LocalDate date) {
        require("expiredOn");
        if (card != null) {
            return card.isExpiredOn(date);
        }
        return socialCard != null && socialCard.isExpiredOn(date);
    }

    /**
     * Keeps a copy of the face still (JPEG) in memory only; a second one replaces the first (whose copy is zeroed).
     * {@code jpeg} stays the caller's: zero it when done. {@link #end()} zeroes the kept copy.
     */
    public synchronized void keepFace(byte[] jpeg) {
        require("keepFace");
        Objects.requireNonNull(jpeg, "jpeg");
        wipeFace();
        face = jpeg.clone();
    }

    /** Whether a face still is kept. */
    public synchronized boolean hasFace() {
        require("hasFace");
        return face != null;
    }

    /**
     * Lends the face still to {@code user}: a fresh copy, zeroed as soon as {@code user} returns (or throws), so
     * {@code user} must not keep the array. Not called when no still is kept.
     *
     * @return whether a still was kept and lent
     */
    public boolean useFace(Consumer<byte[]> user) {
        Objects.requireNonNull(user, "user");
        byte[] copy;
        synchronized (this) {
            require("useFace");
            if (face == null) {
                return false;
            }
            copy = face.clone();
        }
        try {
            user.accept(copy);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
        return true;
    }

    /** Ends the session and forgets the citizen (the still's bytes are zeroed first); idempotent. */
    public synchronized void end() {
        wipeFace();
        identity = null;
        card = null;
        socialCard = null;
        maskedName = null;
        identifiedAt = null;
        state = State.ENDED;
    }

    private void wipeFace() {
        if (face != null) {
            Arrays.fill(face, (byte) 0);
            face = null;
        }
    }

    /** Whether nothing of the citizen is held any more (for tests and the wipe check). */
    public synchronized boolean isWiped() {
        return state == State.ENDED && identity == null && card == null && socialCard == null && maskedName == null
                && identifiedAt == null && face == null;
    }

    private void require(String operation) {
        if (state != State.ACTIVE) {
            throw new IllegalStateException("CitizenSession: cannot " + operation + " while " + state
                    + "; the session was ended and the card data wiped");
        }
    }

    @Override
    public synchronized String toString() {
        if (state != State.ACTIVE) {
            return "CitizenSession[ENDED]";
        }
        return identity.certType() == CitizenIdentity.CertType.IDCARD
                ? "CitizenSession[" + maskedName + ", " + identity.maskedCertNo() + "]"
                : "CitizenSession[" + identity.certType() + ", " + identity.maskedCertNo() + "]";
    }
}
