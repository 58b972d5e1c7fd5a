package org.budayang.kiosk.ui.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budayang.api.identity.CitizenIdentity.CertType;
import org.budayang.driver.Condition;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.scanner.CodeKind;
import org.budayang.driver.scanner.ScannedCode;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.budayang.kiosk.devices.DeviceCall;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identification by resident ID card, 社会保障卡 or scanned 医保电子凭证: a read started when a card is placed (or
 * on 重新读取, or when the citizen chose a way on the choice screen), its result, and the {@link CitizenSession} it
 * opens with the normalised identity. Runs on the FX thread; reads run off it through the accesses. A result that
 * arrives after the wipe (or after a newer read started) is dropped, card data included.
 *
 * <p>Nothing of the holder is logged but the masked number (or a token's length).
 */
public final class IdentificationViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(IdentificationViewModel.class);

    private final IdCardAccess access;
    private final SocialCardAccess socialCards;
    private final ScannerAccess scanner;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<IdentificationState> state =
            new ReadOnlyObjectWrapper<>(this, "state", IdentificationState.NONE);
    private final ReadOnlyObjectWrapper<CertType> way = new ReadOnlyObjectWrapper<>(this, "way", CertType.IDCARD);
    private final ReadOnlyStringWrapper holderName = new ReadOnlyStringWrapper(this, "holderName", "");
    private final ReadOnlyStringWrapper holderIdNumber = new ReadOnlyStringWrapper(this, "holderIdNumber", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private CitizenSession session;
    private CancelToken running;
    private long generation;

    /** Identification by ID card only (a kiosk without 社保卡 reader and scanner). */
    public IdentificationViewModel(IdCardAccess access, Messages messages, Clock clock) {
        this(access, SocialCardAccess.none(), ScannerAccess.none(), messages, clock);
    }

    /**
     * @param access      the ID card reader (reads off the FX thread, results through the FX executor)
     * @param socialCards the 社保卡 reader
     * @param scanner     the code scanner
     * @param messages    the citizen texts
     * @param clock       today's date decides whether a card has expired (the site's zone)
     */
    public IdentificationViewModel(IdCardAccess access, SocialCardAccess socialCards, ScannerAccess scanner,
            Messages messages, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.socialCards = Objects.requireNonNull(socialCards, "socialCards");
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The citizen chose a way on the choice screen: the kiosk asks for the card or code. A 社保卡 read starts at
     * once (the card may be in already); the scanner starts waiting for a code; an ID card is read when placed, or
     * at once when the reader reports one lying there (CARD_PRESENT).
     *
     * @return whether the kiosk now waits for that way (false while a read runs or a citizen is identified)
     */
    public boolean expect(CertType chosen) {
        Objects.requireNonNull(chosen, "chosen");
        if (!state.get().canStartRead()) {
            LOG.debug("Identification by {} not started: identification is {}", chosen, state.get());
            return false;
        }
        cancelRunning();
        way.set(chosen);
        show(IdentificationState.WAITING, "identity.wait." + chosen);
        switch (chosen) {
            case SSCARD -> readSocialCard();
            case ECTOKEN -> awaitCode();
            case IDCARD -> {
                // a card already on the reader sends no PLACED event: read it now
                if (access.reader().map(r -> r.status().has(Condition.CARD_PRESENT)).orElse(false)) {
                    read();
                }
            }
        }
        return true;
    }

    /**
     * Starts reading the ID card on the reader, unless a read runs or a citizen is identified.
     *
     * @return whether a read was started
     */
    public boolean read() {
        if (!begin(CertType.IDCARD, "identity.reading")) {
            return false;
        }
        long mine = generation;
        access.read(running, outcome -> finish(mine, outcome, this::idCardSession));
        return true;
    }

    /** Starts reading the 社保卡, unless a read runs or a citizen is identified. */
    public boolean readSocialCard() {
        if (!begin(CertType.SSCARD, "identity.reading.SSCARD")) {
            return false;
        }
        long mine = generation;
        socialCards.read(running, outcome -> finish(mine, outcome, this::socialCardSession));
        return true;
    }

    private void awaitCode() {
        CancelToken token = new CancelToken();
        running = token;
        long mine = ++generation;
        scanner.awaitCode(token, outcome -> codeScanned(mine, outcome));
    }

    /** 重新读取: the way last used, again. */
    public boolean retry() {
        return switch (way.get()) {
            case IDCARD -> read();
            case SSCARD -> readSocialCard();
            case ECTOKEN -> expect(CertType.ECTOKEN);
        };
    }

    private boolean begin(CertType kind, String messageKey) {
        IdentificationState now = state.get();
        if (!now.canStartRead()) {
            LOG.debug("{} read not started: identification is {}", kind, now);
            return false;
        }
        cancelRunning();
        running = new CancelToken();
        generation++;
        way.set(kind);
        show(IdentificationState.READING, messageKey);
        return true;
    }

    private <T> void finish(long readGeneration, Outcome<T> outcome, Function<T, Result> open) {
        if (readGeneration != generation || state.get() != IdentificationState.READING) {
            LOG.debug("Card read result dropped: the session it was for has ended");
            return;
        }
        running = null;
        if (outcome instanceof Outcome.Success<T> success) {
            Result result = open.apply(success.value());
            if (result.session == null) {
                show(result.state, result.messageKey);
                return;
            }
            identified(result.session, result.messageKey);
        } else if (outcome instanceof Outcome.Cancelled<T>) {
            LOG.info("{} read cancelled", way.get());
            show(IdentificationState.NONE, null);
        } else if (way.get() == CertType.SSCARD && outcome instanceof Outcome.DeviceError<T> e
                && e.code().equals("NO_CARD")) {
            show(IdentificationState.WAITING, "identity.wait.SSCARD");
        } else {
            LOG.info("{} read failed: {}", way.get(), describe(outcome));
            show(IdentificationState.FAILED, failureKey(outcome));
        }
    }

    private record Result(CitizenSession session, IdentificationState state, String messageKey) {
    }

    private Result idCardSession(IdCard card) {
        if (card.isExpiredOn(LocalDate.now(clock))) {
            LOG.info("ID card {} refused: expired on {}", card.maskedIdNumber(), card.validTo().orElseThrow());
            return new Result(null, IdentificationState.EXPIRED, "identity.expired");
        }
        return new Result(new CitizenSession(card, clock.instant()), null, "identity.remove_to_end");
    }

    private Result socialCardSession(SocialSecurityCard card) {
        if (card.isExpiredOn(LocalDate.now(clock))) {
            LOG.info("Social security card refused: expired on {}", card.expiresOn());
            return new Result(null, IdentificationState.EXPIRED, "identity.expired.SSCARD");
        }
        try {
            return new Result(CitizenSession.of(card, clock.instant()), null, "identity.remove_to_end.SSCARD");
        } catch (IllegalArgumentException invalid) {
            LOG.warn("Social security card refused: {}", invalid.getMessage());
            return new Result(null, IdentificationState.FAILED, "identity.failed.SSCARD");
        }
    }

    private void codeScanned(long waitGeneration, Outcome<ScannedCode> outcome) {
        if (waitGeneration != generation || state.get() != IdentificationState.WAITING
                || way.get() != CertType.ECTOKEN) {
            LOG.debug("Scanned code dropped: nobody waits for a 医保电子凭证 any more");
            return;
        }
        running = null;
        if (outcome instanceof Outcome.Success<ScannedCode> success) {
            String text = success.value().text().strip();
            CodeKind kind = CodeKind.of(text);
            if (kind == CodeKind.ECTOKEN) {
                identified(CitizenSession.ofEcToken(text, clock.instant()), "identity.identified.ECTOKEN");
                return;
            }
            LOG.info("Scanned code of {} characters is {}, not a 医保电子凭证; waiting for another", text.length(),
                    kind);
            message.set(messages.get("identity.not_voucher"));
            awaitCode();
        } else if (outcome instanceof Outcome.TimedOut<ScannedCode>) {
            awaitCode(); // nobody scanned yet: keep waiting (the idle expiry ends the session)
        } else if (outcome instanceof Outcome.Cancelled<ScannedCode>) {
            show(IdentificationState.NONE, null);
        } else {
            LOG.info("Waiting for a 医保电子凭证 failed: {}", describe(outcome));
            show(IdentificationState.FAILED, failureKey(outcome));
        }
    }

    private void identified(CitizenSession opened, String messageKey) {
        session = opened;
        holderName.set(opened.maskedName().isEmpty() ? messages.get("identity.holder.ECTOKEN") : opened.maskedName());
        // a token is not a number to show: the banner names the voucher only
        holderIdNumber.set(opened.certType() == CertType.ECTOKEN ? "" : opened.maskedIdNumber());
        message.set(messages.get(messageKey));
        state.set(IdentificationState.IDENTIFIED);
        LOG.info("Citizen identified by {} {}", opened.certType(), opened.maskedIdNumber());
    }

    private String failureKey(Outcome<?> outcome) {
        CertType kind = way.get();
        if (outcome instanceof Outcome.DeviceError<?> error) {
            String code = error.code();
            if (code.equals("NO_READER") || code.equals("NO_SCANNER") || code.equals(DeviceCall.LINK_LOST)
                    || code.equals(DeviceCall.DEVICE_NOT_READY) || code.equals(DeviceCall.DRIVER_FAILED)
                    || code.equals(DeviceCall.KIOSK_STOPPING)) {
                return kind == CertType.IDCARD ? "identity.reader_unavailable" : "identity.unavailable." + kind;
            }
            if (kind == CertType.SSCARD && (code.equals("WRONG_CARD") || code.equals("CARD_LOCKED")
                    || code.equals("PSAM_REQUIRED"))) {
                return "identity." + code.toLowerCase(java.util.Locale.ROOT) + ".SSCARD";
            }
        }
        return kind == CertType.IDCARD ? "identity.failed" : "identity.failed." + kind;
    }

    private static String describe(Outcome<?> outcome) {
        if (outcome instanceof Outcome.DeviceError<?> error) {
            return error.code() + " (" + error.detail() + ")";
        }
        if (outcome instanceof Outcome.TimedOut<?> timedOut) {
            return "TIMED_OUT (" + timedOut.operation() + " after " + timedOut.after().toMillis() + " ms)";
        }
        return outcome.getClass().getSimpleName();
    }

    private void show(IdentificationState next, String messageKey) {
        holderName.set("");
        holderIdNumber.set("");
        message.set(messageKey == null ? "" : messages.get(messageKey));
        state.set(next);
    }

    /**
     * A card left the ID card reader or the 社保卡 reader. A running read of that card is cancelled; an
     * identified citizen's session must end when it was opened by that card, which the caller (the shell) does
     * with the wipe.
     *
     * @param kind the reader the card left (IDCARD or SSCARD)
     * @return whether the citizen identified by that card must now end the session
     */
    public boolean cardRemoved(CertType kind) {
        IdentificationState now = state.get();
        if (way.get() != kind) {
            return false;
        }
        if (now == IdentificationState.READING && running != null) {
            running.cancel();
        }
        if (now == IdentificationState.EXPIRED || now == IdentificationState.FAILED) {
            show(IdentificationState.NONE, null); // no card left to read again: the message would mislead
        }
        return now == IdentificationState.IDENTIFIED;
    }

    /** {@link #cardRemoved(CertType)} for the ID card reader. */
    public boolean cardRemoved() {
        return cardRemoved(CertType.IDCARD);
    }

    /** A 社保卡 was inserted or pulled (FX thread): read it when the citizen chose that way. */
    public boolean socialCardEvent(CardEvent event) {
        if (event.type() == CardEvent.Type.PLACED) {
            if (way.get() == CertType.SSCARD && (state.get() == IdentificationState.WAITING
                    || state.get() == IdentificationState.FAILED)) {
                readSocialCard();
            }
            return false;
        }
        return cardRemoved(CertType.SSCARD);
    }

    /** The citizen left the choice screen without being identified: stop waiting for a card or code. */
    public void stopWaiting() {
        if (state.get() != IdentificationState.IDENTIFIED) {
            generation++;
            cancelRunning();
            show(IdentificationState.NONE, null);
        }
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Ends the session: cancels a running read, forgets the card (fields nulled) and every text. */
    public void wipe() {
        generation++;
        cancelRunning();
        if (session != null) {
            session.end();
            session = null;
        }
        way.set(CertType.IDCARD);
        show(IdentificationState.NONE, null);
    }

    /** The identified citizen's session, while there is one. */
    public Optional<CitizenSession> session() {
        return Optional.ofNullable(session);
    }

    public ReadOnlyObjectProperty<IdentificationState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The way being used or last used (IDCARD until the citizen chooses another). */
    public ReadOnlyObjectProperty<CertType> wayProperty() {
        return way.getReadOnlyProperty();
    }

    /** The holder's name masked (张*三) while identified (医保电子凭证 for a token), else empty. */
    public ReadOnlyStringProperty holderNameProperty() {
        return holderName.getReadOnlyProperty();
    }

    /** The holder's number masked (620102********0034) while identified, else empty. */
    public ReadOnlyStringProperty holderIdNumberProperty() {
        return holderIdNumber.getReadOnlyProperty();
    }

    /** What the citizen reads: what to present, reading, how to end, expired or what to do after a failure. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
