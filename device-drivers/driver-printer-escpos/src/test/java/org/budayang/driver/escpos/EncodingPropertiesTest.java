package org.budayang.driver.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.budayang.driver.escpos.emulator.Printed;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.printer.Receipt;

/**
 * Properties of the text path: whatever the text (ASCII, CJK ideographs and punctuation, full-width forms, and
 * characters outside the BMP that GB18030 encodes in four bytes), encoding it and decoding it with the emulator
 * gives back exactly the lines the layout made; the lines fit the paper and lose no visible character; and the
 * decoder gives the same receipt however the bytes are cut into chunks.
 */
class EncodingPropertiesTest {

    @Provide
    Arbitrary<String> receiptText() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(8, Arbitraries.integers().between(0x4E00, 0x9FFF)),
                Tuple.of(1, Arbitraries.integers().between(0x3001, 0x303F)),
                Tuple.of(1, Arbitraries.integers().between(0xFF01, 0xFF5E)),
                Tuple.of(1, Arbitraries.integers().between(0x20000, 0x2A6DF)),
                Tuple.of(1, Arbitraries.of((int) '\n')));
        return codePoint.list().ofMaxSize(160).map(EncodingPropertiesTest::string);
    }

    @Provide
    Arbitrary<String> gbkText() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(8, Arbitraries.integers().between(0x4E00, 0x9FA5)),
                Tuple.of(1, Arbitraries.of(0x3001, 0x3002, 0xFF0C, 0xFF1A, 0xFF08, 0xFF09)));
        return codePoint.list().ofMaxSize(160).map(EncodingPropertiesTest::string);
    }

    private static String string(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }

    @Property(tries = 300)
    void gb18030TextRoundTrips(@ForAll("receiptText") String text, @ForAll boolean narrow) {
        roundTrip(text, TextEncoding.GB18030, narrow ? 32 : 48);
    }

    @Property(tries = 150)
    void gbkTextRoundTrips(@ForAll("gbkText") String text) {
        roundTrip(text, TextEncoding.GBK, 48);
    }

    @Property(tries = 150)
    void utf8TextRoundTrips(@ForAll("receiptText") String text) {
        roundTrip(text, TextEncoding.UTF_8, 48);
    }

    private static void roundTrip(String text, TextEncoding encoding, int columns) {
        Receipt receipt = Receipt.builder().text(text).cut().build();
        PrintedReceipt printed = decode(new ReceiptEncoder(columns, encoding).encode(receipt), encoding, columns,
                Integer.MAX_VALUE);
        List<String> lines = printed.lines().stream().map(Printed.Line::text).toList();
        List<String> expected = Layout.wrap(text, columns);
        assertEquals(expected, lines);
        for (String line : lines) {
            assertTrue(DisplayWidth.of(line) <= columns, "line wider than " + columns + ": " + line);
        }
        assertEquals(visible(text), visible(String.join("", lines)), "no visible character lost or added");
    }

    @Property(tries = 100)
    void anyChunkingDecodesTheSameReceipt(@ForAll("receiptText") String text, @ForAll @IntRange(min = 1, max = 64)
            int chunk) {
        Receipt receipt = Receipt.builder().heading("标题").text(text).qr("https://x.cn/" + text.length())
                .barcode(Receipt.Symbology.CODE128, "AB-" + text.length()).cut().build();
        byte[] bytes = new ReceiptEncoder(48, TextEncoding.GB18030).encode(receipt);
        PrintedReceipt whole = decode(bytes, TextEncoding.GB18030, 48, Integer.MAX_VALUE);
        PrintedReceipt chunked = decode(bytes, TextEncoding.GB18030, 48, chunk);
        assertEquals(whole.describe(), chunked.describe());
    }

    static PrintedReceipt decode(byte[] bytes, TextEncoding encoding, int columns, int chunk) {
        PrinterEmulator emulator = new PrinterEmulator(encoding, columns);
        for (int i = 0; i < bytes.length; i += chunk) {
            int n = Math.min(chunk, bytes.length - i);
            byte[] part = new byte[n];
            System.arraycopy(bytes, i, part, 0, n);
            emulator.receive(part, n);
        }
        List<PrintedReceipt> receipts = new ArrayList<>(emulator.receipts());
        assertEquals(1, receipts.size(), "one cut receipt");
        return receipts.get(0);
    }

    private static String visible(String text) {
        return text.codePoints().filter(cp -> cp > ' ').collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }
}
