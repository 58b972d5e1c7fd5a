package org.budayang.architecture.violations.kiosk.core;

import org.budayang.architecture.violations.kiosk.ChattyService;

/** Violates "kiosk-core depends, of ours, only on service-api": it calls into the kiosk's shell. */
public final class CoreNeedingShell {
    public Object shell() {
        return new ChattyService();
    }
}
