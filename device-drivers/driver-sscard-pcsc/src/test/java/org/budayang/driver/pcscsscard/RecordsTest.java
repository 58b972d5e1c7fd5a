package org.budayang.driver.pcscsscard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Field encodings of the 社保卡 records. */
class RecordsTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void cnFieldsStopAtTheirFPadding() throws Exception {
        assertEquals("03", Records.cn("EF06", 4, HEX.parseHex("03")));
        assertEquals("620100", Records.cn("EF05", 4, HEX.parseHex("620100FFFF")));
        assertEquals("3", Records.cn("EF05", 2, HEX.parseHex("3F")));
        ReadFailure digitAfterPadding = assertThrows(ReadFailure.class,
                () -> Records.cn("EF05", 4, HEX.parseHex("62F1")));
        assertEquals("EF05 record 04: a CN (BCD) field has the nibble 1 after its F padding", digitAfterPadding.detail());
        assertThrows(ReadFailure.class, () -> Records.cn("EF05", 4, HEX.parseHex("6A")));
    }

    @Test
    void anFieldsStopAtTheir00Padding() throws Exception {
        assertEquals("3.00", Records.an("EF05", 3, HEX.parseHex("332e3030")));
        assertEquals("A12", Records.an("EF05", 7, HEX.parseHex("413132000000")));
        ReadFailure control = assertThrows(ReadFailure.class, () -> Records.an("EF05", 7, HEX.parseHex("4107")));
        assertTrue(control.detail().contains("non-printable byte 07"), control.detail());
    }

    @Test
    void namesDecodeFromGbkAndRareCharactersFromGb18030() throws Exception {
        byte[] gbk = "马建国".getBytes(Charset.forName("GBK"));
        assertEquals("马建国", Records.gbk("EF06", 2, CardImage.padded(gbk, 30)));
        String rare = "王䶮";
        assertEquals(rare, Records.gbk("EF06", 2, CardImage.padded(rare.getBytes(Charset.forName("GB18030")), 30)));
        ReadFailure broken = assertThrows(ReadFailure.class, () -> Records.gbk("EF06", 2, HEX.parseHex("c9")));
        assertEquals("CORRUPT_RECORD", broken.code());
    }

    @Test
    void datesAreCalendarDays() throws Exception {
        assertEquals(LocalDate.of(2031, 6, 1), Records.date("EF05", 6, HEX.parseHex("20310601")));
        ReadFailure notADay = assertThrows(ReadFailure.class, () -> Records.date("EF05", 6, HEX.parseHex("20311301")));
        assertTrue(notADay.detail().startsWith("EF05 record 06: a date is not a calendar day"), notADay.detail());
        ReadFailure short6 = assertThrows(ReadFailure.class, () -> Records.date("EF05", 5, HEX.parseHex("203106FF")));
        assertEquals("EF05 record 05: a date has 6 digits, expected 8 (YYYYMMDD)", short6.detail());
    }

    @Test
    void theTagAndLengthAreChecked() throws Exception {
        assertArrayEquals(HEX.parseHex("4142"), Records.value("EF05", 7, HEX.parseHex("07024142")));
        ReadFailure tooLong = assertThrows(ReadFailure.class, () -> Records.value("EF05", 7, HEX.parseHex("070541")));
        assertEquals("EF05 record 07: the record's length byte says 5 but only 1 value byte(s) came",
                tooLong.detail());
        assertThrows(ReadFailure.class, () -> Records.value("EF05", 7, HEX.parseHex("07")));
    }
}
