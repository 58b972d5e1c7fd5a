package org.budayang.driver.pcscsscard;

import javacard.framework.APDU;
import javacard.framework.Applet;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.Util;

/**
 * A Java Card applet playing the SSSE application of a 社会保障卡 in jcardsim: SELECT EF by FID
 * ({@code 00 A4 02 00 02 EF05}), READ RECORD by number ({@code 00 B2 rr 04 Le}; a non-zero Le that is not the
 * record's length gets {@code 6Cxx}, as a strict T=0 card does). Personalised like a real card with UPDATE
 * RECORD ({@code 00 DC rr 04 Lc data}) in the selected file. Two proprietary test commands set its state:
 * {@code 80 E1}: block the application (SELECT answers {@code 6283}, READ {@code 6983}); {@code 80 E2}: EF06 wants a
 * PSAM authentication ({@code 6982}).
 */
public final class SsseApplet extends Applet {
    private static final short EF05 = (short) 0xEF05;
    private static final short EF06 = (short) 0xEF06;
    private static final short RECORDS = 8;
    private static final short RECORD_SIZE = 64;

    private final byte[] ef05 = new byte[RECORDS * RECORD_SIZE];
    private final byte[] ef06 = new byte[RECORDS * RECORD_SIZE];
    private final short[] ef05Lengths = new short[RECORDS];
    private final short[] ef06Lengths = new short[RECORDS];
    private short selected;
    private boolean blocked;
    private boolean needsPsam;

    private SsseApplet() {
        register();
    }

    public static void install(byte[] parameters, short offset, byte length) {
        new SsseApplet();
    }

    @Override
    public boolean select() {
        selected = 0;
        return true;
    }

    @Override
    public void process(APDU apdu) {
        byte[] buffer = apdu.getBuffer();
        if (selectingApplet()) {
            if (blocked) {
                ISOException.throwIt((short) 0x6283);
            }
            return;
        }
        byte cla = buffer[ISO7816.OFFSET_CLA];
        byte ins = buffer[ISO7816.OFFSET_INS];
        if (cla == (byte) 0x80 && ins == (byte) 0xE1) {
            blocked = true;
            return;
        }
        if (cla == (byte) 0x80 && ins == (byte) 0xE2) {
            needsPsam = true;
            return;
        }
        if (cla != 0x00) {
            ISOException.throwIt(ISO7816.SW_CLA_NOT_SUPPORTED);
        }
        switch (ins) {
            case (byte) 0xA4 -> selectFile(apdu, buffer);
            case (byte) 0xB2 -> readRecord(apdu, buffer);
            case (byte) 0xDC -> updateRecord(apdu, buffer);
            default -> ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
        }
    }

    private void selectFile(APDU apdu, byte[] buffer) {
        if (buffer[ISO7816.OFFSET_P1] != 0x02) {
            ISOException.throwIt(ISO7816.SW_FUNC_NOT_SUPPORTED);
        }
        apdu.setIncomingAndReceive();
        short fid = Util.getShort(buffer, ISO7816.OFFSET_CDATA);
        if (fid != EF05 && fid != EF06) {
            ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
        }
        if (blocked) {
            ISOException.throwIt((short) 0x6283);
        }
        selected = fid;
    }

    private void readRecord(APDU apdu, byte[] buffer) {
        short index = recordIndex(buffer);
        if (blocked) {
            ISOException.throwIt((short) 0x6983);
        }
        if (needsPsam && selected == EF06) {
            ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
        }
        short length = lengths()[index];
        if (length == 0) {
            ISOException.throwIt(ISO7816.SW_RECORD_NOT_FOUND);
        }
        short le = (short) (buffer[ISO7816.OFFSET_LC] & 0xFF);
        if (le != 0 && le != length) {
            ISOException.throwIt((short) (ISO7816.SW_CORRECT_LENGTH_00 | length));
        }
        apdu.setOutgoing();
        apdu.setOutgoingLength(length);
        apdu.sendBytesLong(file(), (short) (index * RECORD_SIZE), length);
    }

    private void updateRecord(APDU apdu, byte[] buffer) {
        short index = recordIndex(buffer);
        short length = apdu.setIncomingAndReceive();
        if (length > RECORD_SIZE) {
            ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        Util.arrayCopy(buffer, ISO7816.OFFSET_CDATA, file(), (short) (index * RECORD_SIZE), length);
        lengths()[index] = length;
    }

    private short recordIndex(byte[] buffer) {
        if (selected == 0) {
            ISOException.throwIt(ISO7816.SW_COMMAND_NOT_ALLOWED);
        }
        if (buffer[ISO7816.OFFSET_P2] != 0x04) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
        short record = (short) (buffer[ISO7816.OFFSET_P1] & 0xFF);
        if (record < 1 || record > RECORDS) {
            ISOException.throwIt(ISO7816.SW_RECORD_NOT_FOUND);
        }
        return (short) (record - 1);
    }

    private byte[] file() {
        return selected == EF05 ? ef05 : ef06;
    }

    private short[] lengths() {
        return selected == EF05 ? ef05Lengths : ef06Lengths;
    }
}
