package org.budayang.driver.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrintJobTest {
    private static final Instant T = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void aJobThatFailedForPaperOutIsSentAgainAndCountsItsAttempts() {
        PrintJob job = PrintJob.queued("R-20261127-0001", T)
                .moveTo(PrintJobState.SENDING, "", "", T)
                .moveTo(PrintJobState.FAILED, "PAPER_OUT", "DLE EOT 4 = 0x72", T);
        assertEquals(1, job.attempts());
        assertEquals("PAPER_OUT", job.failureCode());
        PrintJob reprinted = job.moveTo(PrintJobState.SENDING, "", "", T).moveTo(PrintJobState.PRINTED, "", "", T);
        assertEquals(2, reprinted.attempts());
        assertEquals("", reprinted.failureCode(), "a printed job carries no failure");
    }

    @Test
    void failingAgainKeepsFailedWithTheNewReasonAndTheSameAttempts() {
        PrintJob sending = PrintJob.queued("fail-1", T).moveTo(PrintJobState.SENDING, "", "", T);
        PrintJob paperOut = sending.fail("PAPER_OUT", "paper end sensor", T.plusSeconds(1));
        assertEquals(new PrintJob("fail-1", PrintJobState.FAILED, "PAPER_OUT", "paper end sensor", 1,
                T.plusSeconds(1)), paperOut);
        PrintJob refusedAgain = paperOut.fail("COVER_OPEN", "not sent: cover open", T.plusSeconds(2));
        assertEquals(new PrintJob("fail-1", PrintJobState.FAILED, "COVER_OPEN", "not sent: cover open", 1,
                T.plusSeconds(2)), refusedAgain);
        PrintJob printed = paperOut.moveTo(PrintJobState.SENDING, "", "", T).moveTo(PrintJobState.PRINTED, "", "", T);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> printed.fail("OFFLINE", "link lost", T));
        assertTrue(refused.getMessage().contains("PRINTED") && refused.getMessage().contains("FAILED"),
                refused.getMessage());
    }

    @Test
    void aPrintedJobIsFinalAndTheRefusalNamesBothStates() {
        PrintJob printed = PrintJob.queued("j1", T).moveTo(PrintJobState.SENDING, "", "", T)
                .moveTo(PrintJobState.PRINTED, "", "", T);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> printed.moveTo(PrintJobState.SENDING, "", "", T));
        assertTrue(refused.getMessage().contains("PRINTED") && refused.getMessage().contains("SENDING")
                && refused.getMessage().contains("j1"), refused.getMessage());
        for (PrintJobState next : PrintJobState.values()) {
            assertFalse(PrintJobState.PRINTED.canMoveTo(next), "PRINTED -> " + next);
        }
        assertFalse(PrintJobState.QUEUED.canMoveTo(PrintJobState.PRINTED), "a job is sent before it is printed");
    }

    @Test
    void failureCodeGoesWithFailedOnlyAndIdsAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new PrintJob("j", PrintJobState.FAILED, "", "", 1, T));
        assertThrows(IllegalArgumentException.class,
                () -> new PrintJob("j", PrintJobState.PRINTED, "PAPER_OUT", "", 1, T));
        assertThrows(IllegalArgumentException.class,
                () -> new PrintJob("j", PrintJobState.FAILED, "paper out", "", 1, T));
        IllegalArgumentException badId = assertThrows(IllegalArgumentException.class,
                () -> PrintJob.queued("办件 1", T));
        assertTrue(badId.getMessage().contains("办件 1"), badId.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PrintJob.queued("x".repeat(65), T));
    }
}
