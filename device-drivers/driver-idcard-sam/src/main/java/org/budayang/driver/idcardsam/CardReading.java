package org.budayang.driver.idcardsam;

import java.util.function.Supplier;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * One card read: find → select → read (text + photo, or with fingerprint), retried up to
 * {@link SamSettings#readAttempts()} times when the reader reports a failure that a retry can cure or
 * an answer arrives corrupt. The deadline and the cancel token are checked before every frame. A card
 * that disappears after it was found gives {@code CARD_REMOVED} and a REMOVED event; nothing of a
 * half-read card ever leaves this class.
 */
final class CardReading {
    private static final String OPERATION = "readCard";

    private final Supplier<FrameChannel> channel;
    private final SamSettings settings;
    private final StatusBoard board;
    private final Deadline deadline;
    private final CancelToken cancel;
    private String lastFailureCode = "READ_FAILED";
    private String lastFailureDetail = "";

    CardReading(Supplier<FrameChannel> channel, SamSettings settings, StatusBoard board, Deadline deadline,
                CancelToken cancel) {
        this.channel = channel;
        this.settings = settings;
        this.board = board;
        this.deadline = deadline;
        this.cancel = cancel;
    }

    /** An outcome that ends the read, or null to go on. */
    private sealed interface Step permits Done, Answered, Retry {
    }

    private record Done(Outcome<IdCard> outcome) implements Step {
    }

    private record Answered(Response response) implements Step {
    }

    private record Retry() implements Step {
    }

    Outcome<IdCard> run() throws LinkLostException {
        Command read = settings.fingerprint() ? Command.READ_TEXT_PHOTO_FINGERPRINT : Command.READ_TEXT_PHOTO;
        for (int attempt = 1; attempt <= settings.readAttempts(); attempt++) {
            Step find = send(Command.FIND_CARD, false);
            if (find instanceof Done done) {
                return done.outcome();
            }
            if (find instanceof Answered answered) {
                Sw3 status = answered.response().status().orElseThrow();
                if (status == Sw3.NO_CARD) {
                    board.cardPresent(false);
                    return Outcome.deviceError("NO_CARD", "no card on the reader (find card answered "
                            + status.describe() + ")");
                }
                if (status != Sw3.CARD_FOUND) {
                    if (failed(Command.FIND_CARD, status)) {
                        continue;
                    }
                    return failure(attempt);
                }
                board.cardPresent(true);
            } else {
                continue;
            }
            Step select = send(Command.SELECT_CARD, true);
            if (select instanceof Done done) {
                return done.outcome();
            }
            if (select instanceof Retry) {
                continue;
            }
            Sw3 selected = ((Answered) select).response().status().orElseThrow();
            if (selected != Sw3.SUCCESS) {
                Step gone = removedOrGoOn();
                if (gone instanceof Done done) {
                    return done.outcome();
                }
                if (failed(Command.SELECT_CARD, selected)) {
                    continue;
                }
                return failure(attempt);
            }
            Step answer = send(read, true);
            if (answer instanceof Done done) {
                return done.outcome();
            }
            if (answer instanceof Retry) {
                continue;
            }
            Response response = ((Answered) answer).response();
            Sw3 status = response.status().orElseThrow();
            if (status != Sw3.SUCCESS) {
                Step gone = removedOrGoOn();
                if (gone instanceof Done done) {
                    return done.outcome();
                }
                if (failed(read, status)) {
                    continue;
                }
                return failure(attempt);
            }
            try {
                return Outcome.success(ReadFrames.decode(response, settings.fingerprint()));
            } catch (SamProtocolException corrupt) {
                lastFailureCode = corrupt.problem().name();
                lastFailureDetail = read.label() + ": " + corrupt.getMessage();
            }
        }
        return failure(settings.readAttempts());
    }

    /**
     * Sends one command. Cancel, deadline and silence end the read; a corrupt answer asks for a retry; a
     * cut answer in the middle of a card session ({@code cardSession}) is checked for a removed card.
     */
    private Step send(Command command, boolean cardSession) throws LinkLostException {
        if (cancel.isCancelled()) {
            return new Done(Outcome.cancelled(OPERATION));
        }
        if (deadline.expired()) {
            return new Done(Outcome.timedOut(OPERATION + ": before " + command.label(), deadline.budget()));
        }
        Exchange exchange = channel.get().exchange(command, deadline, cancel);
        if (exchange instanceof Exchange.Answer answer) {
            board.answered();
            return new Answered(answer.response());
        }
        if (exchange instanceof Exchange.Cancelled) {
            return new Done(Outcome.cancelled(OPERATION));
        }
        if (exchange instanceof Exchange.NoAnswer none) {
            if (none.after().compareTo(settings.commandTimeout()) >= 0) {
                board.noAnswer(command, none.after());
            }
            return new Done(Outcome.timedOut(OPERATION + ": " + command.label(), none.after()));
        }
        board.answered();
        if (exchange instanceof Exchange.Truncated cut) {
            lastFailureCode = FrameProblem.TRUNCATED.name();
            lastFailureDetail = command.label() + ": " + cut.detail();
            if (cardSession) {
                Step gone = removedOrGoOn();
                if (gone instanceof Done) {
                    return gone;
                }
            }
            return new Retry();
        }
        SamProtocolException corrupt = ((Exchange.Corrupt) exchange).problem();
        lastFailureCode = corrupt.problem().name();
        lastFailureDetail = command.label() + ": " + corrupt.getMessage();
        return new Retry();
    }

    /** After a failed step: asks the reader whether the card is still there; Done(CARD_REMOVED) if not. */
    private Step removedOrGoOn() throws LinkLostException {
        if (cancel.isCancelled() || deadline.expired()) {
            return new Retry();
        }
        Exchange exchange = channel.get().exchange(Command.FIND_CARD, deadline.atMost(settings.answerLimit()),
                cancel);
        if (exchange instanceof Exchange.Answer answer && answer.response().sw3() == Sw3.NO_CARD.code()) {
            board.cardPresent(false);
            return new Done(Outcome.deviceError("CARD_REMOVED", "the card was taken away during the read ("
                    + lastFailureDetail + "; find card then answered " + Sw3.NO_CARD.describe() + ")"));
        }
        return new Retry();
    }

    /** Records a failure status; true when another attempt may help. */
    private boolean failed(Command command, Sw3 status) {
        lastFailureCode = status.name();
        lastFailureDetail = command.label() + " answered " + status.describe();
        return status.retryHelps();
    }

    private Outcome<IdCard> failure(int attempts) {
        return Outcome.deviceError(lastFailureCode, lastFailureDetail + (attempts > 1 ? " (after " + attempts
                + " attempts)" : ""));
    }
}
