package org.budayang.architecture.violations.kiosk;

/** Violates "no System.out / System.err". */
public final class ChattyService {
    public void report(String text) {
        System.err.println(text);
    }
}
