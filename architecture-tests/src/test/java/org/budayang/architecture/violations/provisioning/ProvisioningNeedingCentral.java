package org.budayang.architecture.violations.provisioning;

import org.budayang.architecture.violations.central.CentralService;

/** Violates "provisioning never depends on central". */
public final class ProvisioningNeedingCentral {
    public String code() {
        return new CentralService().find("XK00001").code();
    }
}
