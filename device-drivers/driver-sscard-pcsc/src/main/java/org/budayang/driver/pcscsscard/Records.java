package org.budayang.driver.pcscsscard;

import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The records of EF05 and EF06: {@code tag (= record number), length, value}. Field encodings of the 社会保障卡
 * specification: CN (packed BCD, padded at the end with {@code F} nibbles), AN (ASCII, padded with {@code 00}),
 * the name in GBK (read as GB18030, its superset, so rare characters decode), padded with {@code 00}.
 * Every problem is a {@link ReadFailure} {@code CORRUPT_RECORD} naming the file, the record and what is wrong,
 * never the content.
 */
final class Records {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private Records() {
    }

    /** The value of a record read from {@code file}: checks the tag and the length against the bytes. */
    static byte[] value(String file, int record, byte[] data) throws ReadFailure {
        if (data.length < 2) {
            throw corrupt(file, record, "the record has " + data.length + " byte(s), fewer than tag and length");
        }
        int tag = data[0] & 0xFF;
        int length = data[1] & 0xFF;
        if (tag != record) {
            throw corrupt(file, record, "the record's tag is " + hex(tag) + ", expected " + hex(record));
        }
        if (length > data.length - 2) {
            throw corrupt(file, record, "the record's length byte says " + length + " but only " + (data.length - 2)
                    + " value byte(s) came");
        }
        byte[] value = new byte[length];
        System.arraycopy(data, 2, value, 0, length);
        return value;
    }

    /** A CN field: the BCD digits up to the first {@code F} nibble. */
    static String cn(String file, int record, byte[] value) throws ReadFailure {
        StringBuilder digits = new StringBuilder(value.length * 2);
        boolean padding = false;
        for (byte b : value) {
            for (int nibble : new int[] {(b >> 4) & 0x0F, b & 0x0F}) {
                if (nibble == 0x0F) {
                    padding = true;
                } else if (padding || nibble > 9) {
                    throw corrupt(file, record, "a CN (BCD) field has the nibble " + Integer.toHexString(nibble)
                            + (padding ? " after its F padding" : ""));
                } else {
                    digits.append((char) ('0' + nibble));
                }
            }
        }
        return digits.toString();
    }

    /** An AN field: printable ASCII up to the {@code 00} padding. */
    static String an(String file, int record, byte[] value) throws ReadFailure {
        int end = unpadded(value);
        StringBuilder text = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            int c = value[i] & 0xFF;
            if (c < 0x20 || c > 0x7E) {
                throw corrupt(file, record, "an AN field has the non-printable byte " + hex(c) + " at " + i);
            }
            text.append((char) c);
        }
        return text.toString().strip();
    }

    /** A name in GBK / GB18030 up to the {@code 00} padding. */
    static String gbk(String file, int record, byte[] value) throws ReadFailure {
        int end = unpadded(value);
        try {
            return GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value, 0, end)).toString().strip();
        } catch (CharacterCodingException e) {
            throw corrupt(file, record, "the GBK text does not decode (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** A CN date {@code YYYYMMDD}. */
    static LocalDate date(String file, int record, byte[] value) throws ReadFailure {
        String digits = cn(file, record, value);
        if (digits.length() != 8) {
            throw corrupt(file, record, "a date has " + digits.length() + " digits, expected 8 (YYYYMMDD)");
        }
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            throw corrupt(file, record, "a date is not a calendar day (" + e.getMessage() + ")");
        }
    }

    private static int unpadded(byte[] value) {
        int end = 0;
        while (end < value.length && value[end] != 0) {
            end++;
        }
        for (int i = end; i < value.length; i++) {
            if (value[i] != 0) {
                return value.length; // a 00 inside the value: let the field check complain about it
            }
        }
        return end;
    }

    static ReadFailure corrupt(String file, int record, String what) {
        return new ReadFailure(ReadFailure.CORRUPT_RECORD, file + " record " + hex(record) + ": " + what, true);
    }

    private static String hex(int b) {
        return String.format("%02X", b);
    }
}
