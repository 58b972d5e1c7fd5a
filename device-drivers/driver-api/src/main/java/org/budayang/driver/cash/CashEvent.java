package org.budayang.driver.cash;

import java.time.Instant;
import java.util.Objects;

/**
 * What a cash acceptor reports while it serves, in the order it happened. Only {@link Credited} means money: the
 * other note events tell the screen what is going on ("正在识别…") and let a session reserve or release the amount of a
 * note in escrow. Each event carries the instant the driver saw it.
 */
public sealed interface CashEvent {

    Instant at();

    /** A note is being drawn in and read. */
    record NoteReading(Instant at) implements CashEvent {
        public NoteReading {
            Objects.requireNonNull(at, "NoteReading.at is required");
        }
    }

    /** A note was recognised and is held in escrow; {@code decision} is what the escrow policy answered. */
    record NoteInEscrow(Denomination note, EscrowDecision decision, Instant at) implements CashEvent {
        public NoteInEscrow {
            Objects.requireNonNull(note, "NoteInEscrow.note is required");
            Objects.requireNonNull(decision, "NoteInEscrow.decision is required");
            Objects.requireNonNull(at, "NoteInEscrow.at is required");
        }
    }

    /** The note left escrow towards the cash box (not yet money: wait for {@link Credited}). */
    record Stacking(Instant at) implements CashEvent {
        public Stacking {
            Objects.requireNonNull(at, "Stacking.at is required");
        }
    }

    /** The note is in the cash box. */
    record Stacked(Instant at) implements CashEvent {
        public Stacked {
            Objects.requireNonNull(at, "Stacked.at is required");
        }
    }

    /** Money: the note is credited, and the credit was recorded in the {@link CreditJournal} before this event. */
    record Credited(Credit credit) implements CashEvent {
        public Credited {
            Objects.requireNonNull(credit, "Credited.credit is required");
        }

        @Override
        public Instant at() {
            return credit.at();
        }
    }

    /** A note was given back (or is being given back). */
    record Rejected(RejectReason reason, String detail, Instant at) implements CashEvent {
        public Rejected {
            Objects.requireNonNull(reason, "Rejected.reason is required");
            Objects.requireNonNull(detail, "Rejected.detail is required (may be empty)");
            Objects.requireNonNull(at, "Rejected.at is required");
        }
    }

    /**
     * A note is stuck. {@code safe}: not in the cash box and can be pulled out from the front (staff clear it);
     * unsafe: stuck where it may or may not have reached the cash box (maintenance; the amount is uncertain).
     */
    record Jam(boolean safe, Instant at) implements CashEvent {
        public Jam {
            Objects.requireNonNull(at, "Jam.at is required");
        }
    }

    /** The cash box is full; no more notes until staff empty it. */
    record StackerFull(Instant at) implements CashEvent {
        public StackerFull {
            Objects.requireNonNull(at, "StackerFull.at is required");
        }
    }

    /** The cash box was taken out. */
    record CashboxRemoved(Instant at) implements CashEvent {
        public CashboxRemoved {
            Objects.requireNonNull(at, "CashboxRemoved.at is required");
        }
    }

    /** The cash box is back in place. */
    record CashboxReplaced(Instant at) implements CashEvent {
        public CashboxReplaced {
            Objects.requireNonNull(at, "CashboxReplaced.at is required");
        }
    }

    /** The acceptor detected an attempt to manipulate it (a note on a string…); {@code channel} as reported. */
    record FraudAttempt(int channel, Instant at) implements CashEvent {
        public FraudAttempt {
            if (channel < 0 || channel > 255) {
                throw new IllegalArgumentException("FraudAttempt.channel must be 0..255, got " + channel);
            }
            Objects.requireNonNull(at, "FraudAttempt.at is required");
        }
    }

    /** The acceptor stopped taking notes (asked to, or on its own after a fault). */
    record Disabled(Instant at) implements CashEvent {
        public Disabled {
            Objects.requireNonNull(at, "Disabled.at is required");
        }
    }

    /** The acceptor reset itself (power dip, watchdog); the driver set it up again. */
    record DeviceReset(Instant at) implements CashEvent {
        public DeviceReset {
            Objects.requireNonNull(at, "DeviceReset.at is required");
        }
    }
}
