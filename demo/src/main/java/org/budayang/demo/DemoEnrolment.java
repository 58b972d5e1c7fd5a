package org.budayang.demo;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.KioskEnrolment;

/**
 * The demo's technician: once central has written the demo code sheet ({@code fleet.demoEnrolmentSheet}), the
 * demo kiosk enrols with it into {@code <kiosk data dir>/fleet}, as a technician would on site; a kiosk already
 * enrolled with this central keeps its certificate. A failure is told on the console and the demo goes on:
 * the kiosk still shows the public catalogue.
 */
final class DemoEnrolment {
    private DemoEnrolment() {
    }

    /** The kiosk's credentials directory under its data directory. */
    static Path credentialsDir(Path kioskDataDir) {
        return kioskDataDir.resolve("fleet");
    }

    static void enrol(Path sheet, Path kioskDataDir, Duration wait, PrintWriter out) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!Files.isRegularFile(sheet) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (!Files.isRegularFile(sheet)) {
            out.println("demo: central wrote no enrolment code sheet to " + sheet.toAbsolutePath() + " within "
                    + wait.toSeconds() + " s; the demo kiosk is not enrolled (kiosk routes will answer 401)");
            return;
        }
        try {
            KioskCredentials credentials = new KioskEnrolment(credentialsDir(kioskDataDir), Clock.systemUTC(),
                    new SecureRandom()).ensureEnrolled(sheet, "演示机");
            out.println("demo: the kiosk is enrolled as " + credentials.kioskId() + " with central "
                    + credentials.apiUrl() + " (mutual TLS, certificate until "
                    + credentials.certificate().getNotAfter().toInstant() + ")");
        } catch (EnrolmentException e) {
            out.println("demo: the kiosk could not enrol (" + e.getMessage() + "); kiosk routes will answer 401");
        }
    }
}
