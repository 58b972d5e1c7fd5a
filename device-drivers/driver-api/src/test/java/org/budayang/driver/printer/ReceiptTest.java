package org.budayang.driver.printer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    @Test
    void builderKeepsTheOrderAndToStringShowsNoText() {
        Receipt receipt = Receipt.builder().heading("受理凭证").pair("办件编号", "620102-2026-000123")
                .pair("申请人", "张*三").rule().qr("https://zwfw.example.gov.cn/q/000123").feed(2).cut().build();
        assertEquals(7, receipt.elements().size());
        assertEquals(new Receipt.Text("受理凭证", Receipt.Style.HEADING), receipt.elements().get(0));
        assertTrue(receipt.elements().get(6) instanceof Receipt.Cut cut && cut.partial());
        String shown = receipt.toString() + receipt.elements();
        assertFalse(shown.contains("张") || shown.contains("000123") || shown.contains("受理"), shown);
    }

    @Test
    void invalidElementsAreRefusedNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Receipt.builder().build())
                .getMessage().contains("at least one"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new Receipt.Qr("x", 0, 'M', Receipt.Align.CENTRE)).getMessage().contains("moduleDots"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new Receipt.Qr("x", 6, 'Z', Receipt.Align.CENTRE)).getMessage().contains("errorCorrection"));
        assertThrows(IllegalArgumentException.class, () -> new Receipt.Qr("x".repeat(701), 6, 'M', Receipt.Align.LEFT));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new Receipt.Barcode(Receipt.Symbology.EAN13, "12345", 80)).getMessage().contains("EAN13"));
        assertThrows(IllegalArgumentException.class,
                () -> new Receipt.Barcode(Receipt.Symbology.CODE39, "abc", 80));
        assertThrows(IllegalArgumentException.class, () -> new Receipt.Feed(0));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new Receipt.Logo(9, 2, new byte[3], Receipt.Align.CENTRE)).getMessage().contains("4 bytes"));
    }

    @Test
    void logoAndDocumentBytesAreCopiedIn() {
        byte[] bits = {(byte) 0xFF, 0x00};
        Receipt.Logo logo = new Receipt.Logo(8, 2, bits, Receipt.Align.CENTRE);
        bits[0] = 0;
        assertArrayEquals(new byte[] {(byte) 0xFF, 0x00}, logo.bits());

        byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
        PrintDocument document = new PrintDocument("社会保险个人参保证明", pdf, 1, true);
        pdf[0] = 'X';
        assertEquals('%', document.pdf()[0]);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PrintDocument("t", "<html>".getBytes(StandardCharsets.US_ASCII), 1, false))
                .getMessage().contains("%PDF-"));
        assertThrows(IllegalArgumentException.class, () -> new PrintDocument("t", "%PDF-1".getBytes(), 10, false));
    }
}
