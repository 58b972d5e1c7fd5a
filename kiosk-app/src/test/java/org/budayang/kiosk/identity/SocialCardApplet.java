package org.budayang.kiosk.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javacard.framework.APDU;
import javacard.framework.Applet;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.Util;

/**
 * The SSSE application of a 社保卡 as a Java Card applet for jcardsim (kiosk tests): SELECT FILE by id
 * ({@code 00 A4 02 00 02 EF05}) and READ RECORD ({@code 00 B2 rr 04 00}) over the records the rig personalised in
 * {@link #FILES} before installing it. Answers 6A82 for an unknown file, 6A83 for an unknown record, 6986 for a
 * READ RECORD before any file is selected.
 */
public final class SocialCardApplet extends Applet {
    /** File id → record number → the record as stored (tag, length, value). */
    static final Map<Integer, Map<Integer, byte[]>> FILES = new ConcurrentHashMap<>();

    private int current = -1;

    public static void install(byte[] parameters, short offset, byte length) {
        new SocialCardApplet().register();
    }

    @Override
    public void process(APDU apdu) {
        if (selectingApplet()) {
            current = -1;
            return;
        }
        byte[] buffer = apdu.getBuffer();
        switch (buffer[ISO7816.OFFSET_INS]) {
            case (byte) 0xA4 -> {
                if (buffer[ISO7816.OFFSET_P1] != 0x02) {
                    ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
                }
                apdu.setIncomingAndReceive();
                int file = ((buffer[ISO7816.OFFSET_CDATA] & 0xFF) << 8) | (buffer[ISO7816.OFFSET_CDATA + 1] & 0xFF);
                if (!FILES.containsKey(file)) {
                    ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
                }
                current = file;
            }
            case (byte) 0xB2 -> {
                Map<Integer, byte[]> records = FILES.get(current);
                if (records == null) {
                    ISOException.throwIt(ISO7816.SW_COMMAND_NOT_ALLOWED);
                }
                byte[] record = records.get(buffer[ISO7816.OFFSET_P1] & 0xFF);
                if (record == null) {
                    ISOException.throwIt(ISO7816.SW_RECORD_NOT_FOUND);
                }
                Util.arrayCopyNonAtomic(record, (short) 0, buffer, (short) 0, (short) record.length);
                apdu.setOutgoingAndSend((short) 0, (short) record.length);
            }
            default -> ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
        }
    }
}
