package org.budayang.driver.idcardsam.emulator;

import java.time.Duration;
import java.util.Optional;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcardsam.Sw3;

/**
 * The emulator's scriptable state, guarded by its own monitor: the card on the reader and the faults
 * queued for the next answers. Tests and the console change it while the emulator serves a link.
 */
final class EmulatorScript {
    private IdCard card;
    private boolean cutNextRead;
    private boolean badChecksumNext;
    private boolean unknownCommandNext;
    private int garbageNext;
    private int failReads;
    private Sw3 failReadsWith = Sw3.READ_FAILED;
    private boolean silent;
    private Duration delay = Duration.ZERO;
    private boolean paced;
    private Sw3 samStatus = Sw3.SUCCESS;

    synchronized Optional<IdCard> card() {
        return Optional.ofNullable(card);
    }

    synchronized void place(IdCard card) {
        this.card = card;
    }

    synchronized void remove() {
        this.card = null;
    }

    synchronized void cutNextRead() {
        cutNextRead = true;
    }

    synchronized boolean takeCutNextRead() {
        boolean cut = cutNextRead;
        cutNextRead = false;
        return cut;
    }

    synchronized void badChecksumNext() {
        badChecksumNext = true;
    }

    synchronized boolean takeBadChecksum() {
        boolean bad = badChecksumNext;
        badChecksumNext = false;
        return bad;
    }

    synchronized void unknownCommandNext() {
        unknownCommandNext = true;
    }

    synchronized boolean takeUnknownCommand() {
        boolean unknown = unknownCommandNext;
        unknownCommandNext = false;
        return unknown;
    }

    synchronized void garbageNext(int bytes) {
        garbageNext = bytes;
    }

    synchronized int takeGarbage() {
        int bytes = garbageNext;
        garbageNext = 0;
        return bytes;
    }

    synchronized void failReads(int count, Sw3 status) {
        failReads = count;
        failReadsWith = status;
    }

    /** The status to fail the next read with, if one is queued. */
    synchronized Optional<Sw3> takeReadFailure() {
        if (failReads <= 0) {
            return Optional.empty();
        }
        failReads--;
        return Optional.of(failReadsWith);
    }

    synchronized boolean silent() {
        return silent;
    }

    synchronized void silent(boolean silent) {
        this.silent = silent;
    }

    synchronized Duration delay() {
        return delay;
    }

    synchronized void delay(Duration delay) {
        this.delay = delay;
    }

    synchronized boolean paced() {
        return paced;
    }

    synchronized void paced(boolean paced) {
        this.paced = paced;
    }

    synchronized Sw3 samStatus() {
        return samStatus;
    }

    synchronized void samStatus(Sw3 status) {
        this.samStatus = status;
    }
}
