package org.budayang.driver.camerastream.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.budayang.driver.camera.CaptureAdvice;
import org.junit.jupiter.api.Test;

class CaptureCoachTest {

    @Test
    void afterThreeFailedAttemptsHelpIsOffered() {
        CaptureCoach coach = new CaptureCoach();
        CaptureCoach.Coaching first = coach.attempt(CaptureAdvice.TOO_FAR);
        assertEquals(CaptureCoach.Next.TRY_AGAIN, first.next());
        assertEquals("请靠近一点", first.citizenText());
        assertEquals(CaptureCoach.Next.TRY_AGAIN, coach.attempt(CaptureAdvice.TOO_DARK).next());
        CaptureCoach.Coaching third = coach.attempt(CaptureAdvice.NO_FACE);
        assertEquals(CaptureCoach.Next.OFFER_HELP, third.next());
        assertEquals(3, third.failedAttempts());
        assertEquals(CaptureCoach.State.HELP_OFFERED, coach.state());
        assertTrue(third.citizenText().contains("呼叫帮办"), third.citizenText());
        assertTrue(third.citizenText().contains(CaptureAdvice.NO_FACE.citizenText()), third.citizenText());
        assertEquals(CaptureCoach.Next.OFFER_HELP, coach.attempt(CaptureAdvice.BLURRED).next(),
                "help stays offered on further failures");
    }

    @Test
    void aGoodAttemptCapturesAndFurtherAttemptsAreRefusedUntilReset() {
        CaptureCoach coach = new CaptureCoach();
        coach.attempt(CaptureAdvice.OFF_CENTRE);
        CaptureCoach.Coaching good = coach.attempt(CaptureAdvice.READY);
        assertEquals(CaptureCoach.Next.CAPTURE, good.next());
        assertEquals(1, good.failedAttempts());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> coach.attempt(CaptureAdvice.READY));
        assertTrue(refused.getMessage().contains("attempt") && refused.getMessage().contains("CAPTURED"),
                refused.getMessage());
        coach.reset();
        assertEquals(CaptureCoach.State.COACHING, coach.state());
        assertEquals(0, coach.failedAttempts());
        assertEquals(CaptureCoach.Next.TRY_AGAIN, coach.attempt(CaptureAdvice.TOO_BRIGHT).next());
    }

    @Test
    void theCitizenCanStillSucceedAfterHelpWasOffered() {
        CaptureCoach coach = new CaptureCoach();
        for (int i = 0; i < CaptureCoach.ATTEMPTS_BEFORE_HELP; i++) {
            coach.attempt(CaptureAdvice.TOO_CLOSE);
        }
        assertEquals(CaptureCoach.Next.CAPTURE, coach.attempt(CaptureAdvice.READY).next());
        assertEquals(CaptureCoach.State.CAPTURED, coach.state());
    }
}
