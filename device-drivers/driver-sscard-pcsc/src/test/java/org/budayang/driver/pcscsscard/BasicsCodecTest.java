package org.budayang.driver.pcscsscard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codec against the jcardsim 社保卡 applet, and against that card with answers rewritten (T=0 chaining, errors). */
class BasicsCodecTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void readsEveryFieldOfTheLanzhouCard() throws Exception {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        List<String> sent = new ArrayList<>();
        SocialSecurityCard card = new BasicsCodec(command -> {
            sent.add(HEX.formatHex(command.getBytes()));
            return sim.transmit(command);
        }).read();
        assertEquals(CardImage.lanzhou().card(), card);
        assertEquals("马建国", card.name());
        assertEquals(Optional.of("03"), card.nationCode());
        assertEquals("00A404000F7378312E73682EC9E7BBE1B1A3D5CF", sent.get(0), "select SSSE as in DOMAIN.md");
        assertEquals("00A4020002EF05", sent.get(1));
        assertEquals("00B2010400", sent.get(2), "READ RECORD 01 of the current file, P2 = 04");
        assertTrue(sent.contains("00A4020002EF06"));
    }

    @Test
    void aCardWithoutTheNationRecordHasNoNation() throws Exception {
        SimCard sim = SimCard.of(CardImage.linxia());
        SocialSecurityCard card = new BasicsCodec(sim::transmit).read();
        assertEquals(CardImage.linxia().card(), card);
        assertEquals(Optional.empty(), card.nationCode());
        assertEquals(Optional.of("2"), card.sex());
    }

    @Test
    void wrongLengthIsAnsweredWithTheLengthTheCardAsksFor() throws Exception {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        List<String> sent = new ArrayList<>();
        // A strict card: READ RECORD with Le 00 gets 6Cxx (xx = the record's length).
        ApduTransport strict = command -> {
            sent.add(HEX.formatHex(command.getBytes()));
            ResponseAPDU real = sim.transmit(command);
            if (command.getINS() == 0xB2 && command.getNe() == 256 && real.getSW() == 0x9000) {
                return new ResponseAPDU(new byte[] {0x6C, (byte) real.getData().length});
            }
            return real;
        };
        assertEquals(CardImage.lanzhou().card(), new BasicsCodec(strict).read());
        assertTrue(sent.contains("00B2010412"), "record 01 of EF05 (16 bytes + tag + length) read again with Le 12: "
                + sent);
    }

    @Test
    void moreDataIsFetchedWithGetResponseInPieces() throws Exception {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        List<String> sent = new ArrayList<>();
        byte[][] pending = {null};
        // A T=0 card: READ RECORD answers 61xx; GET RESPONSE hands out at most 8 bytes at a time.
        ApduTransport chained = command -> {
            sent.add(HEX.formatHex(command.getBytes()));
            if (command.getINS() == 0xC0) {
                byte[] rest = pending[0];
                int n = Math.min(8, rest.length);
                pending[0] = Arrays.copyOfRange(rest, n, rest.length);
                byte[] answer = Arrays.copyOf(Arrays.copyOf(rest, n), n + 2);
                boolean more = pending[0].length > 0;
                answer[n] = (byte) (more ? 0x61 : 0x90);
                answer[n + 1] = (byte) (more ? pending[0].length : 0x00);
                return new ResponseAPDU(answer);
            }
            ResponseAPDU real = sim.transmit(command);
            if (command.getINS() == 0xB2 && real.getSW() == 0x9000) {
                pending[0] = real.getData();
                return new ResponseAPDU(new byte[] {0x61, (byte) real.getData().length});
            }
            return real;
        };
        assertEquals(CardImage.lanzhou().card(), new BasicsCodec(chained).read());
        assertTrue(sent.contains("00C0000020"), "GET RESPONSE asks for the 32 bytes of the name record: " + sent);
        assertTrue(sent.contains("00C0000018"), "then for the 24 still waiting: " + sent);
    }

    @Test
    void aCardWithoutSsseIsTheWrongCard() {
        ReadFailure failure = assertThrows(ReadFailure.class,
                () -> new BasicsCodec(SimCard.foreign()::transmit).read());
        assertEquals("WRONG_CARD", failure.code());
        assertTrue(failure.detail().contains("select SSSE") && failure.detail().contains("not a social security card"),
                failure.detail());
    }

    @Test
    void aBlockedCardIsLocked() {
        ReadFailure failure = assertThrows(ReadFailure.class,
                () -> new BasicsCodec(SimCard.of(CardImage.lanzhou()).lock()::transmit).read());
        assertEquals("CARD_LOCKED", failure.code());
        assertTrue(failure.detail().contains("6283"), failure.detail());
    }

    @Test
    void aThirdGenerationCardNeedsThePsamAndSaysWhichDriverToUse() {
        ReadFailure failure = assertThrows(ReadFailure.class,
                () -> new BasicsCodec(SimCard.of(CardImage.lanzhou()).thirdGeneration()::transmit).read());
        assertEquals("PSAM_REQUIRED", failure.code());
        assertTrue(failure.detail().contains("6982") && failure.detail().contains("vendor-backed driver"),
                failure.detail());
        assertTrue(failure.detail().contains("read EF06 record 01"), failure.detail());
    }

    @ParameterizedTest(name = "SW {0} on a record → {1}")
    @CsvSource({
        "6A82, READ_ERROR, file not found",
        "6A81, READ_ERROR, function not supported",
        "6A83, READ_ERROR, record not found",
        "6283, CARD_LOCKED, locked",
        "6983, CARD_LOCKED, locked",
        "6982, PSAM_REQUIRED, PSAM",
        "6D00, WRONG_CARD, not a social security card",
        "6E00, WRONG_CARD, not a social security card",
        "6F00, READ_ERROR, unexpected status",
        "6700, READ_ERROR, unexpected status",
    })
    void everyStatusWordOnARecordReadIsMapped(String sw, String code, String words) {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        byte[] status = HEX.parseHex(sw);
        ApduTransport failing = command -> command.getINS() == 0xB2 && command.getP1() == 0x07
                ? new ResponseAPDU(status) : sim.transmit(command);
        ReadFailure failure = assertThrows(ReadFailure.class, () -> new BasicsCodec(failing).read());
        assertEquals(code, failure.code(), failure.detail());
        assertTrue(failure.detail().contains(sw) && failure.detail().contains(words), failure.detail());
        assertTrue(failure.detail().contains("EF05 record 07"), "names the step: " + failure.detail());
        assertFalse(failure.retryable());
    }

    @Test
    void selectingAMissingFileIsAReadErrorNamingTheFile() {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        ApduTransport noEf06 = command -> command.getINS() == 0xA4 && command.getData().length == 2
                && command.getData()[1] == 0x06 ? new ResponseAPDU(new byte[] {0x6A, (byte) 0x82})
                : sim.transmit(command);
        ReadFailure failure = assertThrows(ReadFailure.class, () -> new BasicsCodec(noEf06).read());
        assertEquals("READ_ERROR", failure.code());
        assertEquals("select EF06 answered SW 6A82 (file not found)", failure.detail());
    }

    @Test
    void aCorruptRecordIsRetryableAndNamesNoCardData() {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        ApduTransport garbled = command -> {
            ResponseAPDU real = sim.transmit(command);
            if (command.getINS() == 0xB2 && command.getP1() == 0x01 && real.getData().length == 20) {
                byte[] wrong = real.getBytes().clone();
                wrong[0] = 0x09; // a tag that is not the record number
                return new ResponseAPDU(wrong);
            }
            return real;
        };
        ReadFailure failure = assertThrows(ReadFailure.class, () -> new BasicsCodec(garbled).read());
        assertEquals("CORRUPT_RECORD", failure.code());
        assertTrue(failure.retryable());
        assertEquals("EF06 record 01: the record's tag is 09, expected 01", failure.detail());
        assertFalse(failure.detail().contains("620102"), "no ID number in a detail");
    }

    @Test
    void aChainOfMoreDataWithoutEndIsRefused() {
        ApduTransport endless = command -> new ResponseAPDU(new byte[] {1, 2, 0x61, 0x10});
        ReadFailure failure = assertThrows(ReadFailure.class, () -> new BasicsCodec(endless).read());
        assertEquals("READ_ERROR", failure.code());
        assertTrue(failure.detail().contains("GET RESPONSE"), failure.detail());
    }

    @Test
    void commandsAreTheDocumentedBytes() {
        assertEquals("00A404000F7378312E73682EC9E7BBE1B1A3D5CF", HEX.formatHex(Ssse.selectApplication().getBytes()));
        assertEquals("00A4020002EF06", HEX.formatHex(Ssse.selectFile(0xEF06).getBytes()));
        assertEquals("00B2020400", HEX.formatHex(Ssse.readRecord(2, 0).getBytes()));
        assertEquals("00C0000010", HEX.formatHex(Ssse.getResponse(0x10).getBytes()));
        assertEquals(new CommandAPDU(HEX.parseHex("00B2070400")), Ssse.readRecord(7, 0));
    }
}
