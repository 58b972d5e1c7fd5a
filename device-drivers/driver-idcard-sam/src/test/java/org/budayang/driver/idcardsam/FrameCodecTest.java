package org.budayang.driver.idcardsam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcardsam.emulator.DemoCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public frames of protocols/idcard-sam.md, byte for byte. */
class FrameCodecTest {

    @ParameterizedTest
    @CsvSource({
            "RESET_SAM, AA AA AA 96 69 00 03 01 FF FD",
            "SAM_STATUS, AA AA AA 96 69 00 03 11 FF ED",
            "SAM_ID, AA AA AA 96 69 00 03 12 FF EE",
            "FIND_CARD, AA AA AA 96 69 00 03 20 01 22",
            "SELECT_CARD, AA AA AA 96 69 00 03 20 02 21",
            "READ_TEXT_PHOTO, AA AA AA 96 69 00 03 30 01 32",
            "READ_NEW_ADDRESS, AA AA AA 96 69 00 03 30 03 30",
            "READ_TEXT_PHOTO_FINGERPRINT, AA AA AA 96 69 00 03 30 10 23"})
    void commandFramesAreThoseOfTheProtocol(Command command, String frame) {
        assertEquals(frame, Hex.of(command.frame()));
        FrameScanner scanner = FrameScanner.commands();
        scanner.feed(Hex.bytes(frame));
        Scan.Frame parsed = assertInstanceOf(Scan.Frame.class, scanner.next());
        assertEquals(Optional.of(command), Command.of(parsed.payload()[0] & 0xFF, parsed.payload()[1] & 0xFF));
    }

    @Test
    void findCardWithTheWrongChecksumIsRefused() {
        FrameScanner scanner = FrameScanner.commands();
        scanner.feed(Hex.bytes("AA AA AA 96 69 00 03 20 01 21"));
        Scan.Refused refused = assertInstanceOf(Scan.Refused.class, scanner.next());
        assertEquals(FrameProblem.BAD_CHECKSUM, refused.problem());
        assertEquals("frame with LEN 3 has CHK 0x21, expected 0x22", refused.detail());
        assertInstanceOf(Scan.NeedMore.class, scanner.next());
    }

    @Test
    void sampleAnswersDecode() throws SamProtocolException {
        assertEquals(Sw3.NO_CARD, answer("AA AA AA 96 69 00 04 00 00 80 84").requireStatus());
        Response found = answer("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97");
        assertEquals(Sw3.CARD_FOUND, found.requireStatus());
        assertEquals(4, found.data().length);
        Response selected = answer("AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C");
        assertEquals(Sw3.SUCCESS, selected.requireStatus());
        assertEquals(8, selected.data().length);
        assertEquals("AA AA AA 96 69 00 04 00 00 80 84", Hex.of(Response.frame(Sw3.NO_CARD, new byte[0])));
        assertEquals("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97", Hex.of(Response.frame(Sw3.CARD_FOUND,
                new byte[4])));
    }

    @Test
    void aReadFrameHasTheDocumentedLayoutAndDecodesToTheCard() throws SamProtocolException {
        IdCard zhang = DemoCards.all().get(0);
        byte[] frame = Response.frame(Sw3.SUCCESS, ReadFrames.encode(zhang, false));
        assertEquals(1295, frame.length);
        assertEquals("AA AA AA 96 69 05 08 00 00 90 01 00 04 00", Hex.of(java.util.Arrays.copyOf(frame, 14)));
        IdCard read = ReadFrames.decode(answer(frame), false);
        assertEquals(zhang.idNumber(), read.idNumber());
        assertEquals(zhang.name(), read.name());
        assertEquals(zhang.address(), read.address());
        assertEquals(zhang.validTo(), read.validTo());
        assertArrayEquals(zhang.photo(), read.photo());
        assertTrue(read.fingerprint().isEmpty());

        byte[] withPrint = Response.frame(Sw3.SUCCESS, ReadFrames.encode(zhang, true));
        assertEquals("AA AA AA 96 69 09 0A", Hex.of(java.util.Arrays.copyOf(withPrint, 7)));
        IdCard printed = ReadFrames.decode(answer(withPrint), true);
        assertArrayEquals(zhang.fingerprint().orElseThrow(), printed.fingerprint().orElseThrow());
    }

    @Test
    void textBlockFollowsTheProtocolOffsets() {
        IdCard ma = DemoCards.all().get(2);
        byte[] text = CardText.encode(ma);
        assertEquals(256, text.length);
        assertEquals("马福祥", utf16(text, 0, 30));
        assertEquals("1", utf16(text, 30, 2));
        assertEquals("03", utf16(text, 32, 4));
        assertEquals("19440220", utf16(text, 36, 16));
        assertEquals("甘肃省临夏回族自治州临夏市红园路8号", utf16(text, 52, 70));
        assertEquals("622901194402200015", utf16(text, 122, 36));
        assertEquals("临夏州公安局临夏市分局", utf16(text, 158, 30));
        assertEquals("20100506", utf16(text, 188, 16));
        assertEquals("长期", utf16(text, 204, 16));
    }

    @Test
    void everyStatusOfTheProtocolIsNamed() {
        int[] codes = {0x90, 0x9F, 0x91, 0x10, 0x11, 0x21, 0x23, 0x24, 0x31, 0x32, 0x33, 0x40, 0x41, 0x47, 0x60,
                0x66, 0x80, 0x81};
        for (int code : codes) {
            assertTrue(Sw3.of(code).isPresent(), Integer.toHexString(code));
        }
        assertEquals(codes.length, Sw3.values().length);
        assertEquals("SW3 0x41 (reading the card failed)", Sw3.READ_FAILED.describe());
        assertTrue(Sw3.READ_FAILED.retryHelps());
        assertTrue(!Sw3.SAM_NOT_AUTHORIZED.retryHelps());
        SamProtocolException unknown = assertThrows(SamProtocolException.class,
                () -> answer(SamFrames.encode(new byte[]{0, 0, 0x55})).requireStatus());
        assertEquals("[UNKNOWN_STATUS] SW1 SW2 SW3 00 00 55: SW3 0x55 is not a status of the protocol",
                unknown.getMessage());
    }

    @Test
    void lengthsOutsideTheProtocolAreRefused() {
        FrameScanner scanner = FrameScanner.responses();
        scanner.feed(Hex.bytes("AA AA AA 96 69 00 03 00 00 03"));
        Scan.Refused small = assertInstanceOf(Scan.Refused.class, scanner.next());
        assertEquals(FrameProblem.BAD_LENGTH, small.problem());
        assertEquals("LEN 0x0003 (3) is outside 4..2314", small.detail());
        scanner.clear();
        scanner.feed(Hex.bytes("AA AA AA 96 69 09 0B"));
        assertEquals(FrameProblem.BAD_LENGTH, assertInstanceOf(Scan.Refused.class, scanner.next()).problem());
    }

    @Test
    void resynchronisesAfterGarbageAndAfterACorruptFrame() {
        FrameScanner scanner = FrameScanner.responses();
        scanner.feed(Hex.bytes("00 13 AA AA 96 FF AA AA AA 96 69 00 04 00 00 80 85"));
        scanner.feed(Hex.bytes("AA AA AA 96 69 00 04 00 00 80 84"));
        assertEquals(FrameProblem.BAD_CHECKSUM, assertInstanceOf(Scan.Refused.class, scanner.next()).problem());
        Scan.Frame frame = assertInstanceOf(Scan.Frame.class, scanner.next());
        assertArrayEquals(new byte[]{0, 0, (byte) 0x80}, frame.payload());
        assertInstanceOf(Scan.NeedMore.class, scanner.next());
        assertTrue(scanner.garbageBytes() >= 6);
    }

    @Test
    void aFrameSplitAcrossFeedsIsWaitedFor() {
        byte[] frame = Hex.bytes("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97");
        FrameScanner scanner = FrameScanner.responses();
        for (int i = 0; i < frame.length - 1; i++) {
            scanner.feed(frame, i, 1);
            assertInstanceOf(Scan.NeedMore.class, scanner.next(), "after byte " + i);
        }
        scanner.feed(frame, frame.length - 1, 1);
        assertInstanceOf(Scan.Frame.class, scanner.next());
    }

    @Test
    void aCutFrameFollowedByAnotherIsTruncated() {
        byte[] read = Response.frame(Sw3.SUCCESS, ReadFrames.encode(DemoCards.all().get(0), false));
        FrameScanner scanner = FrameScanner.responses();
        scanner.feed(read, 0, 600);
        assertInstanceOf(Scan.NeedMore.class, scanner.next());
        scanner.feed(Hex.bytes("AA AA AA 96 69 00 04 00 00 80 84"));
        Scan.Refused cut = assertInstanceOf(Scan.Refused.class, scanner.next());
        assertEquals(FrameProblem.TRUNCATED, cut.problem());
        assertEquals("a frame with LEN 1288 stopped after 600 of 1295 bytes; another frame followed", cut.detail());
        assertInstanceOf(Scan.Frame.class, scanner.next());
    }

    @Test
    void inconsistentCardTextIsRefusedNamingTheFieldNotTheValue() throws SamProtocolException {
        IdCard zhang = DemoCards.all().get(0);
        byte[] data = ReadFrames.encode(zhang, false);
        int birthDay = 4 + 36 + 14; // last digit of the birth date "19580315"
        data[birthDay] = '6';
        SamProtocolException refused = assertThrows(SamProtocolException.class,
                () -> ReadFrames.decode(new Response(0, 0, 0x90, data), false));
        assertEquals(FrameProblem.BAD_CARD_DATA, refused.problem());
        assertEquals("[BAD_CARD_DATA] IdCard.birthDate differs from the birth date in positions 7-14 of the ID"
                + " number 620102********0034; the card text is inconsistent", refused.getMessage());
        byte[] sex = ReadFrames.encode(zhang, false);
        sex[4 + 30] = '3';
        assertEquals("[BAD_CARD_DATA] sex code is not 1 or 2", assertThrows(SamProtocolException.class,
                () -> ReadFrames.decode(new Response(0, 0, 0x90, sex), false)).getMessage());
        byte[] nul = ReadFrames.encode(zhang, false);
        nul[4 + 2] = 0;
        nul[4 + 3] = 0;
        assertEquals("[BAD_CARD_DATA] field NAME has control character U+0000 at character 2",
                assertThrows(SamProtocolException.class,
                        () -> ReadFrames.decode(new Response(0, 0, 0x90, nul), false)).getMessage());
        byte[] shortData = java.util.Arrays.copyOf(ReadFrames.encode(zhang, false), 1283);
        assertEquals("[BAD_PAYLOAD] read data has 1283 bytes; its lengths add up to 1284",
                assertThrows(SamProtocolException.class,
                        () -> ReadFrames.decode(new Response(0, 0, 0x90, shortData), false)).getMessage());
    }

    @Test
    void samIdIsFormattedLikeReadersPrintIt() throws SamProtocolException {
        assertEquals("05.01-20240101-0000001234-0987654321",
                SamId.format(SamId.encode(5, 1, 20240101, 1234, 987654321)));
    }

    static Response answer(String frame) throws SamProtocolException {
        return answer(Hex.bytes(frame));
    }

    static Response answer(byte[] frame) throws SamProtocolException {
        FrameScanner scanner = FrameScanner.responses();
        scanner.feed(frame);
        Scan scan = scanner.next();
        if (scan instanceof Scan.Frame parsed) {
            return Response.parse(parsed.payload());
        }
        throw new AssertionError("not a frame: " + scan);
    }

    private static String utf16(byte[] block, int offset, int length) {
        return new String(block, offset, length, java.nio.charset.StandardCharsets.UTF_16LE).stripTrailing();
    }
}
