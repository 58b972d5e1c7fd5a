package org.budayang.driver.pcscsscard;

import java.util.Locale;

/** ISO 7816-4 status words the 社保卡 read meets, and their rendering for details ({@code 6A82}). */
final class Sw {
    static final int OK = 0x9000;
    static final int SELECTED_FILE_INVALIDATED = 0x6283;
    static final int SECURITY_STATUS_NOT_SATISFIED = 0x6982;
    static final int AUTHENTICATION_BLOCKED = 0x6983;
    static final int FUNCTION_NOT_SUPPORTED = 0x6A81;
    static final int FILE_NOT_FOUND = 0x6A82;
    static final int RECORD_NOT_FOUND = 0x6A83;
    static final int INS_NOT_SUPPORTED = 0x6D00;
    static final int CLA_NOT_SUPPORTED = 0x6E00;

    private Sw() {
    }

    static String hex(int sw) {
        return String.format(Locale.ROOT, "%04X", sw & 0xFFFF);
    }

    /** 61xx: xx more bytes are waiting, fetch them with GET RESPONSE. */
    static boolean moreData(int sw) {
        return (sw & 0xFF00) == 0x6100;
    }

    /** 6Cxx: wrong Le, send the command again with Le = xx. */
    static boolean wrongLength(int sw) {
        return (sw & 0xFF00) == 0x6C00;
    }
}
