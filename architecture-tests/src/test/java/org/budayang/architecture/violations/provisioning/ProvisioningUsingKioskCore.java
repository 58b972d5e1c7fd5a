package org.budayang.architecture.violations.provisioning;

import org.budayang.architecture.violations.kiosk.core.CoreConfig;

/** Follows "provisioning uses only kiosk-core of the kiosk". */
public final class ProvisioningUsingKioskCore {
    public Object config() {
        return new CoreConfig();
    }
}
