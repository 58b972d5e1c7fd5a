package org.budayang.kiosk.ui.tech;

import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.core.enrol.EnrolmentRefusal;
import org.budayang.kiosk.ui.common.Messages;

/**
 * What an enrolment refusal means for the technician: the stable code (central's ENROLMENT_CODE_UNKNOWN/USED/EXPIRED,
 * the kiosk's CA_FINGERPRINT_MISMATCH, CENTRAL_UNREACHABLE, …) and its Chinese text. A TLS failure is looked into:
 * the pinned-CA refusal inside it is CA_FINGERPRINT_MISMATCH (possible interception), a certificate not yet or no
 * longer valid is CLOCK_WRONG (the kiosk's clock, as central's certificates are fresh). The classification is
 * kiosk-core's {@link EnrolmentRefusal}, shared with {@code budayang provision enrol}; the texts are this app's bundles.
 */
final class EnrolErrors {
    static final String FINGERPRINT_MISMATCH = "CA_FINGERPRINT_MISMATCH";
    static final String CLOCK_WRONG = "CLOCK_WRONG";

    private EnrolErrors() {
    }

    static String code(EnrolmentException e) {
        return EnrolmentRefusal.code(e);
    }

    /** 中文说明（CODE）, then the technician's detail (English, no citizen data in it). */
    static String describe(Messages messages, EnrolmentException e) {
        String code = code(e);
        String key = "tech.enrol.error." + code;
        String text = messages.has(key) ? messages.get(key) : messages.get("tech.enrol.error.other");
        return messages.get("tech.enrol.error", text, code, e.getMessage());
    }
}
