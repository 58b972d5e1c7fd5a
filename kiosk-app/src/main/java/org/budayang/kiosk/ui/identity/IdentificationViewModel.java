package org.budayang.kiosk.ui.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identification by resident ID card: a read started when a card is placed (or on 重新读取), its
 * result, and the {@link CitizenSession} it opens. Runs on the FX thread; the read itself runs off it
 * through {@link IdCardAccess}. A result that arrives after the wipe (or after a newer read started) is
 * dropped, card data included.
 *
 * <p>Nothing of the holder is logged but the masked ID number.
 */
public final class IdentificationViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(IdentificationViewModel.class);

    private final IdCardAccess access;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<IdentificationState> state =
            new ReadOnlyObjectWrapper<>(this, "state", IdentificationState.NONE);
    private final ReadOnlyStringWrapper holderName = new ReadOnlyStringWrapper(this, "holderName", "");
    private final ReadOnlyStringWrapper holderIdNumber = new ReadOnlyStringWrapper(this, "holderIdNumber", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private CitizenSession session;
    private CancelToken running;
    private long generation;

    /**
     * @param access   the reader (reads off the FX thread, results through the FX executor)
     * @param messages the citizen texts
     * @param clock    today's date decides whether a card has expired (the site's zone)
     */
    public IdentificationViewModel(IdCardAccess access, Messages messages, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts reading the card on the reader, unless a read runs or a citizen is identified.
     *
     * @return whether a read was started
     */
    public boolean read() {
        IdentificationState now = state.get();
        if (!now.canStartRead()) {
            LOG.debug("ID card read not started: identification is {}", now);
            return false;
        }
        CancelToken token = new CancelToken();
        running = token;
        long mine = ++generation;
        holderName.set("");
        holderIdNumber.set("");
        message.set(messages.get("identity.reading"));
        state.set(IdentificationState.READING);
        access.read(token, outcome -> finish(mine, outcome));
        return true;
    }

    private void finish(long readGeneration, Outcome<IdCard> outcome) {
        if (readGeneration != generation || state.get() != IdentificationState.READING) {
            LOG.debug("ID card read result dropped: the session it was for has ended");
            return;
        }
        running = null;
        if (outcome instanceof Outcome.Success<IdCard> success) {
            IdCard card = success.value();
            if (card.isExpiredOn(LocalDate.now(clock))) {
                LOG.info("ID card {} refused: expired on {}", card.maskedIdNumber(), card.validTo().orElseThrow());
                show(IdentificationState.EXPIRED, "identity.expired");
                return;
            }
            session = new CitizenSession(card, clock.instant());
            holderName.set(session.maskedName());
            holderIdNumber.set(session.maskedIdNumber());
            message.set(messages.get("identity.remove_to_end"));
            state.set(IdentificationState.IDENTIFIED);
            LOG.info("Citizen identified by ID card {}", session.maskedIdNumber());
        } else if (outcome instanceof Outcome.Cancelled<IdCard>) {
            LOG.info("ID card read cancelled");
            show(IdentificationState.NONE, null);
        } else {
            String what = describe(outcome);
            boolean readerDown = outcome instanceof Outcome.DeviceError<IdCard> error && (
                    error.code().equals("NO_READER") || error.code().equals("LINK_LOST")
                            || error.code().equals("READER_NOT_READY"));
            LOG.info("ID card read failed: {}", what);
            show(IdentificationState.FAILED, readerDown ? "identity.reader_unavailable" : "identity.failed");
        }
    }

    private static String describe(Outcome<IdCard> outcome) {
        if (outcome instanceof Outcome.DeviceError<IdCard> error) {
            return error.code() + " (" + error.detail() + ")";
        }
        if (outcome instanceof Outcome.TimedOut<IdCard> timedOut) {
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
     * The card left the reader. A running read is cancelled; an identified citizen's session must end,
     * which the caller (the shell) does with the wipe.
     *
     * @return whether a citizen was identified (so the session has to end)
     */
    public boolean cardRemoved() {
        IdentificationState now = state.get();
        if (now == IdentificationState.READING && running != null) {
            running.cancel();
        }
        if (now == IdentificationState.EXPIRED || now == IdentificationState.FAILED) {
            show(IdentificationState.NONE, null); // no card left to read again: the message would mislead
        }
        return now == IdentificationState.IDENTIFIED;
    }

    /** Ends the session: cancels a running read, forgets the card (fields nulled) and every text. */
    public void wipe() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (session != null) {
            session.end();
            session = null;
        }
        show(IdentificationState.NONE, null);
    }

    /** The identified citizen's session, while there is one. */
    public Optional<CitizenSession> session() {
        return Optional.ofNullable(session);
    }

    public ReadOnlyObjectProperty<IdentificationState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The holder's name masked (张*三) while identified, else empty. */
    public ReadOnlyStringProperty holderNameProperty() {
        return holderName.getReadOnlyProperty();
    }

    /** The holder's ID number masked (620102********0034) while identified, else empty. */
    public ReadOnlyStringProperty holderIdNumberProperty() {
        return holderIdNumber.getReadOnlyProperty();
    }

    /** What the citizen reads: reading, 取走身份证即结束办理, expired or what to do after a failed read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
