package org.budayang.driver.idcardsam;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.Nation;
import org.budayang.driver.idcard.Sex;

/**
 * The card's 256-byte text block (UTF-16LE, space padded; offsets in protocols/idcard-sam.md), decoded
 * field by field with validation. A field that does not decode is refused with
 * {@link FrameProblem#BAD_CARD_DATA} naming the field, never the personal value.
 */
public final class CardText {
    public static final int LENGTH = 256;
    static final String LONG_TERM = "长期";

    private enum Field {
        NAME(0, 30), SEX(30, 2), NATION(32, 4), BIRTH(36, 16), ADDRESS(52, 70), ID_NUMBER(122, 36),
        AUTHORITY(158, 30), VALID_FROM(188, 16), VALID_TO(204, 16), RESERVED(220, 36);

        final int offset;
        final int bytes;

        Field(int offset, int bytes) {
            this.offset = offset;
            this.bytes = bytes;
        }

        int chars() {
            return bytes / 2;
        }
    }

    private CardText() {
    }

    /** Decodes the text block at {@code offset} of {@code bytes} together with the photo (and fingerprint). */
    public static IdCard decode(byte[] bytes, int offset, byte[] photo, Optional<byte[]> fingerprint)
            throws SamProtocolException {
        if (bytes.length - offset < LENGTH) {
            throw bad("text block has " + (bytes.length - offset) + " bytes; expected " + LENGTH);
        }
        String name = text(bytes, offset, Field.NAME);
        String sexCode = text(bytes, offset, Field.SEX);
        Sex sex = Sex.ofCode(sexCode).orElseThrow(() -> bad("sex code is not 1 or 2"));
        String nationCode = text(bytes, offset, Field.NATION);
        Nation nation = Nation.ofCode(nationCode).orElseThrow(() -> bad("nation code is not 01..56, 97 or 98"));
        LocalDate birth = date(text(bytes, offset, Field.BIRTH), Field.BIRTH);
        String address = text(bytes, offset, Field.ADDRESS);
        String idNumber = text(bytes, offset, Field.ID_NUMBER);
        String authority = text(bytes, offset, Field.AUTHORITY);
        LocalDate validFrom = date(text(bytes, offset, Field.VALID_FROM), Field.VALID_FROM);
        String validToText = text(bytes, offset, Field.VALID_TO);
        Optional<LocalDate> validTo = validToText.equals(LONG_TERM) ? Optional.empty()
                : Optional.of(date(validToText, Field.VALID_TO));
        try {
            return new IdCard(name, sex, nation, birth, address, idNumber, authority, validFrom, validTo, photo,
                    fingerprint);
        } catch (IllegalArgumentException inconsistent) {
            throw bad(inconsistent.getMessage());
        }
    }

    /** The text block of a card (for the emulator). */
    public static byte[] encode(IdCard card) {
        byte[] block = new byte[LENGTH];
        put(block, Field.NAME, card.name());
        put(block, Field.SEX, card.sex().code());
        put(block, Field.NATION, card.nation().code());
        put(block, Field.BIRTH, yyyymmdd(card.birthDate()));
        put(block, Field.ADDRESS, card.address());
        put(block, Field.ID_NUMBER, card.idNumber());
        put(block, Field.AUTHORITY, card.authority());
        put(block, Field.VALID_FROM, yyyymmdd(card.validFrom()));
        put(block, Field.VALID_TO, card.validTo().map(CardText::yyyymmdd).orElse(LONG_TERM));
        put(block, Field.RESERVED, "");
        return block;
    }

    private static void put(byte[] block, Field field, String value) {
        if (value.length() > field.chars()) {
            throw new IllegalArgumentException("card field " + field + " holds " + field.chars() + " characters, got "
                    + value.length());
        }
        String padded = value + " ".repeat(field.chars() - value.length());
        byte[] encoded = padded.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(encoded, 0, block, field.offset, field.bytes);
    }

    private static String text(byte[] bytes, int offset, Field field) throws SamProtocolException {
        int from = offset + field.offset;
        int to = from + field.bytes;
        while (to > from && bytes[to - 2] == 0x20 && bytes[to - 1] == 0) {
            to -= 2;
        }
        for (int i = from; i < to; i += 2) {
            char c = (char) ((bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8);
            if (c < 0x20 || c >= 0x7F && c < 0xA0 || c == 0xFFFE || c == 0xFFFF) {
                throw bad(String.format("field %s has control character U+%04X at character %d", field, (int) c,
                        (i - from) / 2 + 1));
            }
        }
        return new String(bytes, from, to - from, StandardCharsets.UTF_16LE);
    }

    private static LocalDate date(String text, Field field) throws SamProtocolException {
        if (text.length() != 8) {
            throw bad("field " + field + " has " + text.length() + " characters; expected YYYYMMDD");
        }
        for (int i = 0; i < 8; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw bad("field " + field + " is not YYYYMMDD (a non-digit at character " + (i + 1) + ")");
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                    Integer.parseInt(text.substring(6, 8)));
        } catch (DateTimeException notADate) {
            throw bad("field " + field + " is not a calendar date");
        }
    }

    private static String yyyymmdd(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static SamProtocolException bad(String detail) {
        return new SamProtocolException(FrameProblem.BAD_CARD_DATA, detail);
    }
}
