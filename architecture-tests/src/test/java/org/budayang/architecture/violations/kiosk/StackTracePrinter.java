package org.budayang.architecture.violations.kiosk;

import java.util.List;

/** Violates "no printStackTrace", through a method reference. */
public final class StackTracePrinter {
    public void dump(List<Exception> failures) {
        failures.forEach(Throwable::printStackTrace);
    }
}
