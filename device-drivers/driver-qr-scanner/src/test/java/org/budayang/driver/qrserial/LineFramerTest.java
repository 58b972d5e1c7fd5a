package org.budayang.driver.qrserial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LineFramerTest {
    private static final long MS = 1_000_000L;

    /** Records what the framer finds, in order. */
    private static final class Recorder implements LineFramer.Sink {
        final List<String> codes = new ArrayList<>();
        final List<DropReason> drops = new ArrayList<>();
        final List<String> details = new ArrayList<>();
        final List<Byte> replies = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        @Override
        public void code(String text) {
            codes.add(text);
            events.add("code " + text);
        }

        @Override
        public void dropped(DropReason reason, String detail) {
            drops.add(reason);
            details.add(detail);
            events.add("drop " + reason);
        }

        @Override
        public void probeReply(byte status) {
            replies.add(status);
            events.add("reply " + status);
        }
    }

    private final Recorder sink = new Recorder();

    private static QrSerialSettings settings(Terminator terminator, ScanEncoding encoding, int maxLength, Probe probe) {
        return new QrSerialSettings(terminator, encoding, maxLength, Duration.ofMillis(300), probe,
                Duration.ofSeconds(1));
    }

    private static LineFramer framer(QrSerialSettings settings, Recorder sink) {
        return new LineFramer(settings, sink);
    }

    private static void feed(LineFramer framer, byte[] bytes, long atMillis) {
        framer.feed(bytes, 0, bytes.length, atMillis * MS);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @EnumSource(Terminator.class)
    void eachTerminatorEndsACode(Terminator terminator) {
        LineFramer framer = framer(settings(terminator, ScanEncoding.UTF_8, 2048, Probe.NONE), sink);
        byte[] end = terminator.bytes();
        feed(framer, concat(ascii("123456789012345678"), end, ascii("https://a.example/x?y=1"), end), 0);
        assertEquals(List.of("123456789012345678", "https://a.example/x?y=1"), sink.codes);
        assertTrue(sink.drops.isEmpty(), sink.details.toString());
    }

    @ParameterizedTest
    @EnumSource(ScanEncoding.class)
    void chineseCodesDecodeInEachEncoding(ScanEncoding encoding) {
        LineFramer framer = framer(settings(Terminator.CR, encoding, 2048, Probe.NONE), sink);
        String text = "甘肃省兰州市城关区政务服务中心 No.7 医保";
        byte[] bytes = concat(text.getBytes(encoding.charset()), ascii("\r"));
        // arrives in single bytes: a multi-byte character split over reads must still decode
        for (int i = 0; i < bytes.length; i++) {
            framer.feed(bytes, i, 1, i * MS);
        }
        assertEquals(List.of(text), sink.codes);
    }

    @Test
    void gb18030FourByteCharacterDecodes() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.GB18030, 2048, Probe.NONE), sink);
        String text = "姓名𠀀"; // U+20000 is four bytes in GB18030
        feed(framer, concat(text.getBytes(ScanEncoding.GB18030.charset()), ascii("\r")), 0);
        assertEquals(List.of(text), sink.codes);
    }

    @Test
    void utf8SentToAGbkScannerSettingIsDroppedNotGarbled() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.GBK, 2048, Probe.NONE), sink);
        // "医保码" in UTF-8 ends with 81, a GBK lead byte that CR cannot follow as a trail byte
        feed(framer, concat("医保码".getBytes(StandardCharsets.UTF_8), ascii("\r")), 0);
        feed(framer, concat(ascii("OK-1\r")), 1);
        assertEquals(List.of("OK-1"), sink.codes, "only the clean code is delivered");
        assertEquals(List.of(DropReason.INVALID_BYTES), sink.drops);
    }

    @Test
    void invalidUtf8IsDroppedAndTheNextCodeReadsFine() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.UTF_8, 2048, Probe.NONE), sink);
        feed(framer, concat(ascii("AB"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, ascii("\r"), ascii("NEXT\r")), 0);
        assertEquals(List.of("NEXT"), sink.codes);
        assertEquals(List.of(DropReason.INVALID_BYTES), sink.drops);
        assertTrue(sink.details.get(0).contains("not valid UTF-8"), sink.details.get(0));
    }

    @Test
    void controlCharactersDropTheLineAndTheDetailHintsAtCrlf() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.UTF_8, 2048, Probe.NONE), sink);
        feed(framer, ascii("A\u0007B\rCODE1\r\nCODE2\r"), 0);
        assertEquals(List.of("CODE1"), sink.codes, "the BEL line and the line starting with LF are dropped");
        assertEquals(List.of(DropReason.CONTROL_CHARACTER, DropReason.CONTROL_CHARACTER), sink.drops);
        assertTrue(sink.details.get(0).contains("U+0007 at position 1"), sink.details.get(0));
        assertTrue(sink.details.get(1).contains("set terminator=crlf"), sink.details.get(1));
    }

    @Test
    void loneCrInCrlfModeMakesTheLineBad() {
        LineFramer framer = framer(settings(Terminator.CRLF, ScanEncoding.UTF_8, 2048, Probe.NONE), sink);
        feed(framer, ascii("AB\rCD\r\nGOOD\r\n"), 0);
        assertEquals(List.of("GOOD"), sink.codes);
        assertEquals(List.of(DropReason.CONTROL_CHARACTER), sink.drops);
    }

    @Test
    void overLongLineIsDroppedOnceAtItsTerminator() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.UTF_8, 16, Probe.NONE), sink);
        feed(framer, concat(ascii("X".repeat(100)), ascii("\r"), ascii("0123456789ABCDEF\r")), 0);
        assertEquals(List.of("0123456789ABCDEF"), sink.codes, "exactly max-length bytes is still a code");
        assertEquals(List.of(DropReason.TOO_LONG), sink.drops);
        assertTrue(sink.details.get(0).contains("100 bytes"), sink.details.get(0));
    }

    @Test
    void overLongLineThatGoesQuietIsDroppedAsTooLong() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.UTF_8, 16, Probe.NONE), sink);
        feed(framer, ascii("Y".repeat(40)), 0);
        framer.idle(301 * MS);
        feed(framer, ascii("AFTER\r"), 400);
        assertEquals(List.of("AFTER"), sink.codes);
        assertEquals(List.of(DropReason.TOO_LONG), sink.drops);
    }

    @Test
    void fragmentFollowedBySilenceIsDroppedAfterTheLineTimeoutOnly() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.UTF_8, 2048, Probe.NONE), sink);
        feed(framer, ascii("PARTIAL-"), 1000);
        framer.idle(1000 * MS + 300 * MS);
        assertTrue(sink.drops.isEmpty(), "not yet: exactly the line timeout");
        feed(framer, ascii("CONTINUED\r"), 1250);
        assertEquals(List.of("PARTIAL-CONTINUED"), sink.codes, "a line in slow pieces within the timeout is whole");
        feed(framer, ascii("CUT"), 2000);
        framer.idle(2301 * MS);
        assertEquals(List.of(DropReason.FRAGMENT), sink.drops);
        feed(framer, ascii("NEXT\r"), 2400);
        assertEquals(List.of("PARTIAL-CONTINUED", "NEXT"), sink.codes);
    }

    @Test
    void emptyLinesAreIgnored() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.UTF_8, 2048, Probe.NONE), sink);
        feed(framer, ascii("\r\r A \r"), 0);
        assertEquals(List.of(" A "), sink.codes, "spaces are part of a code");
        assertTrue(sink.drops.isEmpty());
    }

    @Test
    void newlandAnswerIsTakenOutBetweenCodes() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.UTF_8, 2048, Probe.NEWLAND), sink);
        byte[] answer = concat(ascii("\u0002\u00010000#C11MIN4"), new byte[] {Probe.ACK}, ascii(";\u0003"));
        feed(framer, concat(ascii("FIRST\r"), answer, ascii("SECOND\r")), 0);
        assertEquals(List.of("code FIRST", "reply " + Probe.ACK, "code SECOND"), sink.events);
    }

    @Test
    void honeywellAnswerWithEnqCountsAsAnAnswer() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.UTF_8, 2048, Probe.HONEYWELL), sink);
        feed(framer, concat(ascii("CBRENA"), new byte[] {Probe.ENQ}, ascii(".")), 0);
        assertEquals(List.of(Probe.ENQ), sink.replies);
        assertTrue(sink.codes.isEmpty() && sink.drops.isEmpty(), sink.events.toString());
    }

    @Test
    void answerAfterAFragmentDropsTheFragmentAndKeepsTheAnswer() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.UTF_8, 2048, Probe.NEWLAND), sink);
        byte[] answer = concat(ascii("\u0002\u00010000#C11MIN4"), new byte[] {Probe.ACK}, ascii(";\u0003"));
        feed(framer, concat(ascii("HALF-A-C"), answer), 0);
        assertEquals(List.of("drop FRAGMENT", "reply " + Probe.ACK), sink.events);
    }

    @Test
    void withoutAProbeAnAnswerShapedLineIsJustGarbage() {
        LineFramer framer = framer(settings(Terminator.CR, ScanEncoding.UTF_8, 2048, Probe.NONE), sink);
        feed(framer, concat(ascii("\u0002\u00010000#C11MIN4"), new byte[] {Probe.ACK}, ascii(";\u0003\r")), 0);
        assertTrue(sink.replies.isEmpty());
        assertEquals(List.of(DropReason.CONTROL_CHARACTER), sink.drops);
    }
}
