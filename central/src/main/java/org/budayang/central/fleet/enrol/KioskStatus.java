package org.budayang.central.fleet.enrol;

import org.budayang.central.web.ApiException;

/** An enrolled kiosk: ACTIVE from enrolment; REVOKED by ops, for good (a revoked kiosk enrols again with a new code). */
public enum KioskStatus {
    ACTIVE, REVOKED;

    /** Refuses renewal for a kiosk in any state but ACTIVE, naming the state. */
    public void requireRenewable(String kioskId) {
        if (this != ACTIVE) {
            throw new ApiException(409, "KIOSK_NOT_ACTIVE", "Kiosk " + kioskId + " is " + this + "; renew needs an "
                    + "ACTIVE kiosk. Enrol it again with a new code.", null);
        }
    }
}
