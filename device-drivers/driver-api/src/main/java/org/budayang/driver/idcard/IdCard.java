package org.budayang.driver.idcard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a resident ID card (居民身份证) holds, as read by a certified reader. Every field is validated
 * here, so that a corrupt or inconsistent read can never become a card: the ID number passes GB 11643
 * (check character, calendar birth date) and agrees with the birth date and the sex on the card; the
 * text fields fit the card's fields and hold no control characters; the validity starts after birth
 * and ends after it starts.
 *
 * <p>Personal data: {@link #toString()} is masked, and nothing of a card may be logged. The photo and
 * fingerprint arrays are copied in and out.
 *
 * @param name        姓名, 1 to 15 characters
 * @param sex         性别
 * @param nation      民族
 * @param birthDate   出生
 * @param address     住址, 1 to 35 characters
 * @param idNumber    公民身份号码, 18 characters, valid GB 11643
 * @param authority   签发机关, 1 to 15 characters
 * @param validFrom   有效期限 start
 * @param validTo     有效期限 end; empty for 长期 (no end)
 * @param photo       the photo in WLT (1024 bytes from a SAM reader; decode with a {@link WltDecoder}); not empty
 * @param fingerprint the fingerprint data when the reader was asked for it and the card has some
 */
public record IdCard(String name, Sex sex, Nation nation, LocalDate birthDate, String address, String idNumber,
                     String authority, LocalDate validFrom, Optional<LocalDate> validTo, byte[] photo,
                     Optional<byte[]> fingerprint) {

    public static final int NAME_MAX = 15;
    public static final int ADDRESS_MAX = 35;
    public static final int AUTHORITY_MAX = 15;

    public IdCard {
        checkText("name", name, NAME_MAX);
        Objects.requireNonNull(sex, "IdCard.sex is required");
        Objects.requireNonNull(nation, "IdCard.nation is required");
        Objects.requireNonNull(birthDate, "IdCard.birthDate is required");
        checkText("address", address, ADDRESS_MAX);
        Objects.requireNonNull(idNumber, "IdCard.idNumber is required");
        checkText("authority", authority, AUTHORITY_MAX);
        Objects.requireNonNull(validFrom, "IdCard.validFrom is required");
        Objects.requireNonNull(validTo, "IdCard.validTo is required (empty for 长期)");
        Objects.requireNonNull(photo, "IdCard.photo is required");
        Objects.requireNonNull(fingerprint, "IdCard.fingerprint is required (may be empty)");
        IdNumbers.problem(idNumber).ifPresent(problem -> {
            throw new IllegalArgumentException("IdCard.idNumber: " + problem);
        });
        LocalDate idBirth = IdNumbers.birthDateOf(idNumber).orElseThrow();
        if (!idBirth.equals(birthDate)) {
            // no dates in the message: with the masked number they would give the masked digits back
            throw new IllegalArgumentException("IdCard.birthDate differs from the birth date in positions 7-14 of"
                    + " the ID number " + IdNumbers.mask(idNumber) + "; the card text is inconsistent");
        }
        if (IdNumbers.isMaleSequence(idNumber) != (sex == Sex.MALE)) {
            throw new IllegalArgumentException("IdCard.sex " + sex + " contradicts the sequence of the ID number "
                    + IdNumbers.mask(idNumber) + " (odd = male, even = female)");
        }
        if (validFrom.isBefore(birthDate)) {
            throw new IllegalArgumentException("IdCard.validFrom is before the birth date; the card text is inconsistent");
        }
        if (validTo.isPresent() && !validTo.get().isAfter(validFrom)) {
            throw new IllegalArgumentException("IdCard.validTo is not after IdCard.validFrom; the card text is"
                    + " inconsistent");
        }
        if (photo.length == 0) {
            throw new IllegalArgumentException("IdCard.photo is empty; a card always carries a photo");
        }
        photo = photo.clone();
        fingerprint = fingerprint.map(byte[]::clone);
    }

    /** A copy of the WLT photo bytes. */
    @Override
    public byte[] photo() {
        return photo.clone();
    }

    /** A copy of the fingerprint bytes, if any. */
    @Override
    public Optional<byte[]> fingerprint() {
        return fingerprint.map(byte[]::clone);
    }

    /** Whether the card is no longer valid on {@code date} (the last day printed is still valid; 长期 never expires). */
    public boolean isExpiredOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return validTo.isPresent() && date.isAfter(validTo.get());
    }

    /** Whether the validity is 长期 (no end date). */
    public boolean isLongTerm() {
        return validTo.isEmpty();
    }

    /** The name masked for screens: 张* , 张*三, 欧阳*明 (see {@link NameMask}). */
    public String maskedName() {
        return NameMask.mask(name);
    }

    /** The ID number masked: first 6 and last 4 kept ({@code 620102********0034}). */
    public String maskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof IdCard card)) {
            return false;
        }
        return name.equals(card.name) && sex == card.sex && nation == card.nation
                && birthDate.equals(card.birthDate) && address.equals(card.address) && idNumber.equals(card.idNumber)
                && authority.equals(card.authority) && validFrom.equals(card.validFrom)
                && validTo.equals(card.validTo) && Arrays.equals(photo, card.photo)
                && fingerprintsEqual(fingerprint, card.fingerprint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idNumber, name, validFrom) * 31 + Arrays.hashCode(photo);
    }

    /** Masked: never the full name or number, no address, no photo. */
    @Override
    public String toString() {
        return "IdCard[" + maskedName() + ", " + maskedIdNumber() + ", valid " + validFrom + " to "
                + validTo.map(LocalDate::toString).orElse("长期") + ", photo " + photo.length + " bytes, fingerprint "
                + fingerprint.map(f -> f.length + " bytes").orElse("none") + "]";
    }

    private static boolean fingerprintsEqual(Optional<byte[]> a, Optional<byte[]> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return Arrays.equals(a.get(), b.get());
    }

    private static void checkText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("IdCard." + field + " is required, got " + (value == null ? "null"
                    : "a blank text"));
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new IllegalArgumentException("IdCard." + field + " has " + length + " characters; the card field holds"
                    + " at most " + max);
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException("IdCard." + field + " has leading or trailing white space");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD' || Character.isSurrogate(c) && !validSurrogate(value, i)) {
                throw new IllegalArgumentException("IdCard." + field + " has an invalid character U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1));
            }
        }
    }

    private static boolean validSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
