package org.budayang.kiosk.ui.flow;

import java.util.concurrent.atomic.AtomicReference;
import org.budayang.api.identity.FaceCheckResult;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceFailure;
import org.budayang.kiosk.service.ServiceTx;

/** 人证比对 of the session's face still through the desk; the still is lent (a copy zeroed right after). */
final class FaceChecks {
    private FaceChecks() {
    }

    /** Blocking: call off the FX thread. */
    static FaceCheckResult check(ServiceDesk desk, ServiceTx tx, CitizenSession session) throws ServiceFailure {
        AtomicReference<FaceCheckResult> answer = new AtomicReference<>();
        AtomicReference<ServiceFailure> failure = new AtomicReference<>();
        session.useFace(jpeg -> {
            try {
                answer.set(desk.checkFace(tx, jpeg));
            } catch (ServiceFailure f) {
                failure.set(f);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return answer.get();
    }
}
