package org.budayang.driver.testkit;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;

/** Reads exactly n bytes from a link within a time limit (test helper). */
final class LinkAssertions {
    private LinkAssertions() {
    }

    static byte[] readExactly(Link link, int count, Duration within) throws LinkLostException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        long end = System.nanoTime() + within.toNanos();
        while (received.size() < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " bytes from " + link.describe() + " within "
                        + within.toMillis() + " ms, got " + received.size());
            }
            int n = link.read(buffer, 0, Math.min(buffer.length, count - received.size()), Duration.ofNanos(left));
            received.write(buffer, 0, n);
        }
        return received.toByteArray();
    }
}
