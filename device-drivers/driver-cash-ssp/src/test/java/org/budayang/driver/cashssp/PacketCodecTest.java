package org.budayang.driver.cashssp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PacketCodecTest {
    private static byte[] hex(String text) {
        return HexFormat.ofDelimiter(" ").parseHex(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "SYNC,        7F 80 01 11 65 82",
            "POLL,        7F 80 01 07 12 02",
            "ENABLE,      7F 80 01 0A 3F 82",
            "HOST_PROTOCOL_VERSION 8, 7F 80 02 06 08 03 94",
            "OK reply,    7F 80 01 F0 23 80",
            "FAIL reply,  7F 80 01 F8 10 00"})
    void encodesTheProtocolDocsSampleFramesByteForByte(String name, String frame) {
        byte[] wire = hex(frame);
        byte[] data = new byte[wire[2]];
        System.arraycopy(wire, 3, data, 0, data.length);
        assertArrayEquals(wire, new SspPacket(true, 0, data).encode(), name);
        PacketScanner scanner = new PacketScanner();
        scanner.feed(wire, 0, wire.length);
        PacketScanner.Found found = assertInstanceOf(PacketScanner.Found.class, scanner.next());
        assertArrayEquals(data, found.packet().data());
        assertTrue(found.packet().sequence());
    }

    @Test
    void crcOfTheSyncSampleIs8265() {
        assertEquals(0x8265, Crc16.of(hex("80 01 11"), 0, 3));
    }

    @Test
    void a7FInTheDataIsDoubledOnTheWireAndUndoubledWhenRead() {
        SspPacket packet = new SspPacket(false, 0, hex("F0 7F 7F 01"));
        byte[] wire = packet.encode();
        int stxInBody = 0;
        for (int i = 1; i < wire.length; i++) {
            if ((wire[i] & 0xFF) == 0x7F) {
                stxInBody++;
            }
        }
        assertTrue(stxInBody >= 4 && stxInBody % 2 == 0, "every 0x7F after the STX doubled: " + SspPacket.hex(wire));
        PacketScanner scanner = new PacketScanner();
        for (byte b : wire) { // one byte at a time: a doubled 7F split across reads
            scanner.feed(new byte[] {b}, 0, 1);
        }
        PacketScanner.Found found = assertInstanceOf(PacketScanner.Found.class, scanner.next());
        assertEquals(packet, found.packet());
    }

    @Test
    void findsThePacketBehindGarbageAFalseStartAndABadCrc() {
        byte[] good = new SspPacket(true, 0, hex("F0 EE 03")).encode();
        byte[] bad = new SspPacket(false, 0, hex("F0")).encode();
        bad[bad.length - 1] ^= 0x11;
        byte[] stream = concat(hex("00 13 7F 80 05 01"), bad, good);
        PacketScanner scanner = new PacketScanner();
        scanner.feed(stream, 0, stream.length);
        int refused = 0;
        PacketScanner.Scan scan;
        while (!((scan = scanner.next()) instanceof PacketScanner.Found)) {
            assertInstanceOf(PacketScanner.Refused.class, scan, "must not wait for more: the packet is there");
            refused++;
        }
        assertArrayEquals(hex("F0 EE 03"), ((PacketScanner.Found) scan).packet().data());
        assertTrue(refused >= 2, "the false start and the bad CRC are refused, got " + refused);
        assertInstanceOf(PacketScanner.NeedMore.class, scanner.next());
    }

    @Test
    void pollRepliesParseIntoEventsWithChannels() throws Exception {
        SspPacket reply = new SspPacket(true, 0, hex("F0 EF 00 CC EB EE 04 E7 E8"));
        List<SspEvent> events = SspEvent.parse(reply);
        assertEquals(List.of(new SspEvent(SspEvent.Type.READ_NOTE, 0), SspEvent.of(SspEvent.Type.STACKING),
                SspEvent.of(SspEvent.Type.STACKED), new SspEvent(SspEvent.Type.CREDIT_NOTE, 4),
                SspEvent.of(SspEvent.Type.STACKER_FULL), SspEvent.of(SspEvent.Type.DISABLED)), events);
        assertArrayEquals(reply.data(), SspEvent.reply(events));
        SspProtocolException unknown = assertThrows(SspProtocolException.class,
                () -> SspEvent.parse(new SspPacket(true, 0, hex("F0 CC 42"))));
        assertTrue(unknown.getMessage().contains("unknown event 42"), unknown.getMessage());
        assertThrows(SspProtocolException.class, () -> SspEvent.parse(new SspPacket(true, 0, hex("F0 EE"))));
    }

    @Test
    void setupReplyGivesCurrencyProtocolAndChannelValuesInFen() throws Exception {
        byte[] data = SetupInfo.encode("0372", "CNY", 7, new long[] {1, 5, 10, 20, 50, 100});
        SetupInfo setup = SetupInfo.parse(new SspPacket(true, 0, data));
        assertEquals("CNY", setup.currency());
        assertEquals("0372", setup.firmware());
        assertEquals(7, setup.protocolVersion());
        assertEquals(Map.of(1, 100L, 2, 500L, 3, 1_000L, 4, 2_000L, 5, 5_000L, 6, 10_000L), setup.channelFen());
        SspProtocolException cut = assertThrows(SspProtocolException.class,
                () -> SetupInfo.parse(new SspPacket(true, 0, java.util.Arrays.copyOf(data, 30))));
        assertTrue(cut.getMessage().contains("too short for 6 channels"), cut.getMessage());
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
