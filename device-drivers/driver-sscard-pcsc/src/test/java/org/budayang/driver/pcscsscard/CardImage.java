package org.budayang.driver.pcscsscard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.budayang.driver.sscard.SocialSecurityCard;

/**
 * The EF05 / EF06 records of a made-up citizen's 社会保障卡, encoded as a real card stores them: each record is
 * {@code tag (= record number), length, value}; CN fields packed BCD padded with F, AN fields ASCII padded
 * with 00, the name in GBK padded with 00. The ID numbers have correct GB 11643 check digits.
 */
record CardImage(SocialSecurityCard card) {
    static final Charset GBK = Charset.forName("GBK");

    /** 兰州 citizen, born 1958-03-17, male: 620102195803170035. */
    static CardImage lanzhou() {
        return new CardImage(new SocialSecurityCard("620100D156000005", "3.00",
                "A12345678", LocalDate.of(2021, 6, 1), LocalDate.of(2031, 6, 1), "620102195803170035", "马建国",
                Optional.of("1"), Optional.of("03")));
    }

    /** 临夏 citizen, born 1990-12-05, female: 622901199012051029; no 民族 record on the card. */
    static CardImage linxia() {
        return new CardImage(new SocialSecurityCard("622900D156000005", "2.00", "B87654321",
                LocalDate.of(2016, 3, 15), LocalDate.of(2026, 3, 15), "622901199012051029", "王丽",
                Optional.of("2"), Optional.empty()));
    }

    /** Record number → record bytes, per file ({@code 0xEF05}, {@code 0xEF06}), in reading order. */
    Map<Integer, Map<Integer, byte[]>> files() {
        Map<Integer, byte[]> ef05 = new LinkedHashMap<>();
        ef05.put(1, record(1, an(card.cardIdentificationCode(), 16)));
        ef05.put(2, record(2, cn("3", 1)));
        ef05.put(3, record(3, an(card.specVersion(), 4)));
        ef05.put(4, record(4, cn("620100000000", 6)));
        ef05.put(5, record(5, cn(digits(card.issuedOn()), 4)));
        ef05.put(6, record(6, cn(digits(card.expiresOn()), 4)));
        ef05.put(7, record(7, an(card.cardNumber(), 9)));
        Map<Integer, byte[]> ef06 = new LinkedHashMap<>();
        ef06.put(1, record(1, an(card.socialSecurityNumber(), 18)));
        ef06.put(2, record(2, padded(card.name().getBytes(GBK), 30)));
        card.sex().ifPresent(sex -> ef06.put(3, record(3, an(sex, 1))));
        card.nationCode().ifPresent(nation -> ef06.put(4, record(4, cn(nation, 1))));
        Map<Integer, Map<Integer, byte[]>> files = new LinkedHashMap<>();
        files.put(0xEF05, ef05);
        files.put(0xEF06, ef06);
        return files;
    }

    static byte[] record(int number, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(number);
        out.write(value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }

    static byte[] an(String text, int size) {
        return padded(text.getBytes(StandardCharsets.US_ASCII), size);
    }

    static byte[] padded(byte[] bytes, int size) {
        byte[] field = new byte[size];
        System.arraycopy(bytes, 0, field, 0, Math.min(size, bytes.length));
        return field;
    }

    /** Packed BCD in {@code size} bytes, padded with F nibbles. */
    static byte[] cn(String digits, int size) {
        byte[] field = new byte[size];
        for (int i = 0; i < size * 2; i++) {
            int nibble = i < digits.length() ? digits.charAt(i) - '0' : 0x0F;
            field[i / 2] |= (byte) (i % 2 == 0 ? nibble << 4 : nibble);
        }
        return field;
    }

    private static String digits(LocalDate day) {
        return String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
