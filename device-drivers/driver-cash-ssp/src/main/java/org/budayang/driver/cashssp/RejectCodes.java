package org.budayang.driver.cashssp;

import org.budayang.driver.cash.RejectReason;

/** The validator's LAST_REJECT_CODE values this driver tells apart (the rest are {@link RejectReason#OTHER}). */
public final class RejectCodes {
    public static final int NOTE_LENGTH = 0x01;
    public static final int CHANNEL_INHIBITED = 0x06;
    public static final int HOST_REJECTED = 0x08;
    public static final int DISABLED_BY_HOST = 0x0C;
    public static final int ESCROW_TIMEOUT = 0x13;

    private RejectCodes() {
    }

    public static RejectReason reason(int code) {
        return switch (code) {
            case CHANNEL_INHIBITED -> RejectReason.CHANNEL_INHIBITED;
            case HOST_REJECTED -> RejectReason.HOST_REJECTED;
            case DISABLED_BY_HOST -> RejectReason.DISABLED;
            case ESCROW_TIMEOUT -> RejectReason.ESCROW_TIMEOUT;
            case 0x01, 0x02, 0x03, 0x04, 0x05, 0x09, 0x0B, 0x10, 0x11, 0x12 -> RejectReason.NOT_RECOGNISED;
            default -> RejectReason.OTHER;
        };
    }
}
