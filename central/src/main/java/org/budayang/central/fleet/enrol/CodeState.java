package org.budayang.central.fleet.enrol;

import org.budayang.central.web.ApiException;

/**
 * The life of an enrolment code: ISSUED → USED (by exactly one enrolment) or ISSUED → EXPIRED (its time
 * ran out). Only an ISSUED code enrols; {@link #requireUsable(String)} refuses the others naming the state.
 */
public enum CodeState {
    ISSUED, USED, EXPIRED;

    /** Refuses enrolment with a code in this state (403 with a code per state); ISSUED passes. */
    public void requireUsable(String hint) {
        switch (this) {
            case ISSUED -> { }
            case USED -> throw new ApiException(403, "ENROLMENT_CODE_USED", "The enrolment code …" + hint
                    + " is USED: it enrolled a kiosk already and works once. Ask central ops for a new code for "
                    + "this site (POST /api/v1/ops/enrolment-codes).", "登记码已使用，请联系运维人员重新获取。");
            case EXPIRED -> throw new ApiException(403, "ENROLMENT_CODE_EXPIRED", "The enrolment code …" + hint
                    + " is EXPIRED; ask central ops for a new code for this site (POST /api/v1/ops/enrolment-codes).",
                    "登记码已过期，请联系运维人员重新获取。");
        }
    }
}
