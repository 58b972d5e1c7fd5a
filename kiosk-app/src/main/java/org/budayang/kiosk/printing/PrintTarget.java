package org.budayang.kiosk.printing;

import org.budayang.api.catalog.DeviceRole;

/** Which printer a request goes to. */
public enum PrintTarget {
    /** The receipt printer (凭条): ESC/POS, 58 or 80 mm paper. */
    RECEIPT(DeviceRole.RECEIPT_PRINTER),
    /** The A4 document printer (证明、回执). */
    DOCUMENT(DeviceRole.DOCUMENT_PRINTER);

    private final DeviceRole role;

    PrintTarget(DeviceRole role) {
        this.role = role;
    }

    /** The device role that serves it. */
    public DeviceRole role() {
        return role;
    }
}
