package org.budayang.driver.pcscsscard;

import java.nio.charset.StandardCharsets;
import javax.smartcardio.CommandAPDU;

/**
 * The command APDUs of the 社会保障卡 basics (DOMAIN.md, Identity): select the SSSE application by its name
 * {@code sx1.sh.社会保障}, select the elementary files EF05 (issuer) and EF06 (holder), READ RECORD by number
 * in the current file, GET RESPONSE.
 */
final class Ssse {
    /** {@code 7378312E73682EC9E7BBE1B1A3D5CF}: "sx1.sh." then 社会保障 in GBK. */
    static final byte[] AID = aid();
    static final int EF05 = 0xEF05;
    static final int EF06 = 0xEF06;

    private Ssse() {
    }

    private static byte[] aid() {
        byte[] prefix = "sx1.sh.".getBytes(StandardCharsets.US_ASCII);
        byte[] name = {(byte) 0xC9, (byte) 0xE7, (byte) 0xBB, (byte) 0xE1, (byte) 0xB1, (byte) 0xA3, (byte) 0xD5,
                (byte) 0xCF};
        byte[] aid = new byte[prefix.length + name.length];
        System.arraycopy(prefix, 0, aid, 0, prefix.length);
        System.arraycopy(name, 0, aid, prefix.length, name.length);
        return aid;
    }

    /** {@code 00 A4 04 00 0F <AID>}. */
    static CommandAPDU selectApplication() {
        return new CommandAPDU(0x00, 0xA4, 0x04, 0x00, AID);
    }

    /** {@code 00 A4 02 00 02 <FID>}. */
    static CommandAPDU selectFile(int fileId) {
        return new CommandAPDU(0x00, 0xA4, 0x02, 0x00, new byte[] {(byte) (fileId >> 8), (byte) fileId});
    }

    /** {@code 00 B2 <record> 04 <le>}: record number in P1, P2 = 04 (by number, current file); Le 0 = up to 256. */
    static CommandAPDU readRecord(int record, int le) {
        return new CommandAPDU(new byte[] {0x00, (byte) 0xB2, (byte) record, 0x04, (byte) le});
    }

    /** {@code 00 C0 00 00 <le>}. */
    static CommandAPDU getResponse(int le) {
        return new CommandAPDU(new byte[] {0x00, (byte) 0xC0, 0x00, 0x00, (byte) le});
    }

    static String fileName(int fileId) {
        return String.format("EF%04X", fileId).replace("EFEF", "EF");
    }
}
