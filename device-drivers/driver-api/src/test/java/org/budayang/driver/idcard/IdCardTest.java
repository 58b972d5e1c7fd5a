package org.budayang.driver.idcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdCardTest {
    private static final byte[] PHOTO = new byte[1024];

    static IdCard zhangSan() {
        return card("张三", Sex.MALE, LocalDate.of(1958, 3, 15), "620102195803150034",
                LocalDate.of(2015, 4, 1), Optional.of(LocalDate.of(2035, 4, 1)));
    }

    static IdCard card(String name, Sex sex, LocalDate birth, String id, LocalDate from, Optional<LocalDate> to) {
        return new IdCard(name, sex, Nation.HAN, birth, "甘肃省兰州市城关区庆阳路123号", id, "兰州市公安局城关分局", from, to,
                PHOTO, Optional.empty());
    }

    @Test
    void acceptsADemoCardAndMasksIt() {
        IdCard card = zhangSan();
        assertEquals("张*", card.maskedName());
        assertEquals("620102********0034", card.maskedIdNumber());
        String text = card.toString();
        assertFalse(text.contains("张三"), text);
        assertFalse(text.contains("620102195803150034"), text);
        assertFalse(text.contains("庆阳路"), text);
        assertTrue(text.contains("620102********0034"), text);
    }

    @Test
    void masksNames() {
        assertEquals("张*三", NameMask.mask("张小三"));
        assertEquals("欧阳*明", NameMask.mask("欧阳小明"));
        assertEquals("欧阳*", NameMask.mask("欧阳明"));
        assertEquals("卓*", NameMask.mask("卓玛"));
        assertEquals("买****力", NameMask.mask("买买提·艾力"));
        assertEquals("*", NameMask.mask("李"));
    }

    @Test
    void expiryIsInclusiveOfTheLastDayAndLongTermNeverExpires() {
        IdCard expired = card("王小明", Sex.MALE, LocalDate.of(2001, 2, 3), "620105200102030059",
                LocalDate.of(2017, 2, 3), Optional.of(LocalDate.of(2022, 2, 3)));
        assertFalse(expired.isExpiredOn(LocalDate.of(2022, 2, 3)));
        assertTrue(expired.isExpiredOn(LocalDate.of(2022, 2, 4)));
        IdCard longTerm = card("赵德胜", Sex.MALE, LocalDate.of(1935, 1, 1), "620102193501010010",
                LocalDate.of(2005, 1, 1), Optional.empty());
        assertTrue(longTerm.isLongTerm());
        assertFalse(longTerm.isExpiredOn(LocalDate.of(2999, 1, 1)));
    }

    @Test
    void refusesAnInconsistentCardNamingTheField() {
        IllegalArgumentException birth = assertThrows(IllegalArgumentException.class, () -> card("张三", Sex.MALE,
                LocalDate.of(1958, 3, 16), "620102195803150034", LocalDate.of(2015, 4, 1), Optional.empty()));
        assertEquals("IdCard.birthDate differs from the birth date in positions 7-14 of the ID number"
                + " 620102********0034; the card text is inconsistent", birth.getMessage());
        assertFalse(birth.getMessage().contains("1958"), "no date beside the masked number: " + birth.getMessage());
        IllegalArgumentException sex = assertThrows(IllegalArgumentException.class, () -> card("张三", Sex.FEMALE,
                LocalDate.of(1958, 3, 15), "620102195803150034", LocalDate.of(2015, 4, 1), Optional.empty()));
        assertTrue(sex.getMessage().startsWith("IdCard.sex FEMALE contradicts"), sex.getMessage());
        IllegalArgumentException check = assertThrows(IllegalArgumentException.class, () -> card("张三", Sex.MALE,
                LocalDate.of(1958, 3, 15), "620102195803150035", LocalDate.of(2015, 4, 1), Optional.empty()));
        assertEquals("IdCard.idNumber: the ID number 620102********0035 fails the GB 11643 check (MOD 11-2)",
                check.getMessage());
        IllegalArgumentException validity = assertThrows(IllegalArgumentException.class, () -> card("张三", Sex.MALE,
                LocalDate.of(1958, 3, 15), "620102195803150034", LocalDate.of(2015, 4, 1),
                Optional.of(LocalDate.of(2015, 4, 1))));
        assertEquals("IdCard.validTo is not after IdCard.validFrom; the card text is inconsistent",
                validity.getMessage());
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> card("张\u0000三", Sex.MALE,
                LocalDate.of(1958, 3, 15), "620102195803150034", LocalDate.of(2015, 4, 1), Optional.empty()));
        assertEquals("IdCard.name has an invalid character U+0000 at position 2", name.getMessage());
        IllegalArgumentException longName = assertThrows(IllegalArgumentException.class, () -> card("张".repeat(16),
                Sex.MALE, LocalDate.of(1958, 3, 15), "620102195803150034", LocalDate.of(2015, 4, 1), Optional.empty()));
        assertEquals("IdCard.name has 16 characters; the card field holds at most 15", longName.getMessage());
    }

    @Test
    void copiesThePhotoInAndOut() {
        byte[] photo = new byte[1024];
        photo[0] = 7;
        IdCard card = new IdCard("张三", Sex.MALE, Nation.HAN, LocalDate.of(1958, 3, 15), "兰州", "620102195803150034",
                "兰州市公安局", LocalDate.of(2015, 4, 1), Optional.empty(), photo, Optional.of(new byte[]{1, 2}));
        photo[0] = 9;
        assertEquals(7, card.photo()[0]);
        card.photo()[0] = 9;
        assertEquals(7, card.photo()[0]);
        assertArrayEquals(new byte[]{1, 2}, card.fingerprint().orElseThrow());
        IdCard same = new IdCard("张三", Sex.MALE, Nation.HAN, LocalDate.of(1958, 3, 15), "兰州", "620102195803150034",
                "兰州市公安局", LocalDate.of(2015, 4, 1), Optional.empty(), card.photo(), Optional.of(new byte[]{1, 2}));
        assertEquals(card, same);
        assertEquals(card.hashCode(), same.hashCode());
        assertNotEquals(card, zhangSan());
    }
}
