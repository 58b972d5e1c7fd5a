package org.budayang.architecture.violations.provisioning;

import org.budayang.architecture.violations.kiosk.ChattyService;

/** Violates "provisioning uses only kiosk-core of the kiosk": it reaches into the kiosk's shell. */
public final class ProvisioningUsingKioskShell {
    public Object shell() {
        return new ChattyService();
    }
}
