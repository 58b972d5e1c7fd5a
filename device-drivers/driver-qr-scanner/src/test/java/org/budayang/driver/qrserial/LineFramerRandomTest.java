package org.budayang.driver.qrserial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded random streams: clean codes (Chinese, ASCII, digits) mixed with garbage lines that each hold at least
 * one byte invalid in the encoding or a control character, split into reads at random points. Exactly the clean
 * codes come out, in order, and every garbage line is counted.
 */
class LineFramerRandomTest {
    private static final String ALPHABET = "0123456789ABCXYZabcxyz-_:/.?=&%+ 甘肃兰州医保社保电子凭证缴费";

    @ParameterizedTest
    @EnumSource(Terminator.class)
    void exactlyTheCleanCodesComeOut(Terminator terminator) {
        for (ScanEncoding encoding : ScanEncoding.values()) {
            Random random = new Random(31L * terminator.ordinal() + encoding.ordinal());
            for (int round = 0; round < 200; round++) {
                check(terminator, encoding, random);
            }
        }
    }

    private static void check(Terminator terminator, ScanEncoding encoding, Random random) {
        List<String> codes = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        int garbageLines = 0;
        int lines = 1 + random.nextInt(8);
        for (int i = 0; i < lines; i++) {
            if (random.nextInt(3) == 0) {
                stream.writeBytes(garbage(random, terminator));
                garbageLines++;
            } else {
                String code = code(random);
                codes.add(code);
                stream.writeBytes(code.getBytes(encoding.charset()));
            }
            stream.writeBytes(terminator.bytes());
        }
        List<String> out = new ArrayList<>();
        int[] dropped = {0};
        LineFramer framer = new LineFramer(new QrSerialSettings(terminator, encoding, 512, Duration.ofMillis(300),
                Probe.NONE, Duration.ofSeconds(1)), new LineFramer.Sink() {
                    @Override
                    public void code(String text) {
                        out.add(text);
                    }

                    @Override
                    public void dropped(DropReason reason, String detail) {
                        dropped[0]++;
                    }

                    @Override
                    public void probeReply(byte status) {
                        throw new AssertionError("no probe configured");
                    }
                });
        byte[] bytes = stream.toByteArray();
        int at = 0;
        while (at < bytes.length) {
            int n = Math.min(bytes.length - at, 1 + random.nextInt(24));
            framer.feed(bytes, at, n, at);
            at += n;
        }
        assertEquals(codes, out, "clean codes in " + encoding + " with " + terminator);
        assertEquals(garbageLines, dropped[0], "every garbage line is counted");
    }

    private static String code(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Random bytes without the terminator's last byte, with an ESC (a control character in every encoding). */
    private static byte[] garbage(Random random, Terminator terminator) {
        byte[] bytes = new byte[1 + random.nextInt(30)];
        random.nextBytes(bytes);
        bytes[random.nextInt(bytes.length)] = 0x1B;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == terminator.bytes()[terminator.bytes().length - 1] || bytes[i] == 0x0D) {
                bytes[i] = (byte) 0xFF;
            }
        }
        return bytes;
    }
}
