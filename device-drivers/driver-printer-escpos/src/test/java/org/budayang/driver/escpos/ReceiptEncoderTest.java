package org.budayang.driver.escpos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.budayang.driver.escpos.emulator.Printed;
import org.budayang.driver.printer.Receipt;
import org.junit.jupiter.api.Test;

/** The exact bytes of the commands the encoder writes, checked against the ESC/POS definitions. */
class ReceiptEncoderTest {

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int value : values) {
            out.write(value);
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void initFirstAndAPartialCutLast() {
        byte[] encoded = new ReceiptEncoder(48, TextEncoding.GB18030).encode(Receipt.builder().text("A").build());
        assertArrayEquals(bytes(0x1B, 0x40), Arrays.copyOf(encoded, 2), "ESC @ first");
        assertArrayEquals(bytes(0x1D, 0x56, 66, 3), Arrays.copyOfRange(encoded, encoded.length - 4, encoded.length),
                "GS V 66 3: feed and partial cut, added when the receipt has no cut");
        byte[] full = new ReceiptEncoder(48, TextEncoding.GB18030).encode(Receipt.builder().text("A")
                .add(new Receipt.Cut(false)).build());
        assertArrayEquals(bytes(0x1D, 0x56, 65, 3), Arrays.copyOfRange(full, full.length - 4, full.length));
    }

    @Test
    void chineseIsFramedByFsAmpersandAndFsDotInGb18030AndNotInUtf8() {
        byte[] gb = new ReceiptEncoder(48, TextEncoding.GB18030).encode(Receipt.builder().text("号A码").build());
        byte[] hao = "号".getBytes(Charset.forName("GB18030"));
        byte[] ma = "码".getBytes(Charset.forName("GB18030"));
        assertTrue(contains(gb, bytes(0x1C, 0x26, hao[0] & 0xFF, hao[1] & 0xFF, 0x1C, 0x2E, 'A', 0x1C, 0x26,
                ma[0] & 0xFF, ma[1] & 0xFF, 0x1C, 0x2E, 0x0A)), "FS & 号 FS . A FS & 码 FS . LF");
        byte[] utf8 = new ReceiptEncoder(48, TextEncoding.UTF_8).encode(Receipt.builder().text("号").build());
        assertTrue(contains(utf8, ("号\n").getBytes(StandardCharsets.UTF_8)));
        assertTrue(!contains(utf8, bytes(0x1C, 0x26)), "no two-byte mode for UTF-8");
    }

    @Test
    void qrCodeFunctionsWithLengthPlusThree() {
        String payload = "https://x.cn/" + "a".repeat(300);
        byte[] encoded = new ReceiptEncoder(48, TextEncoding.GB18030).encode(Receipt.builder()
                .add(new Receipt.Qr(payload, 8, 'Q', Receipt.Align.CENTRE)).build());
        int length = payload.length() + 3;
        assertTrue(contains(encoded, bytes(0x1D, 0x28, 0x6B, 4, 0, 49, 65, 50, 0)), "fn 65 model 2");
        assertTrue(contains(encoded, bytes(0x1D, 0x28, 0x6B, 3, 0, 49, 67, 8)), "fn 67 module 8 dots");
        assertTrue(contains(encoded, bytes(0x1D, 0x28, 0x6B, 3, 0, 49, 69, 50)), "fn 69 error correction Q");
        assertTrue(contains(encoded, bytes(0x1D, 0x28, 0x6B, length & 0xFF, length >> 8, 49, 80, 48)),
                "fn 80 store with pL pH = " + length);
        assertTrue(contains(encoded, bytes(0x1D, 0x28, 0x6B, 3, 0, 49, 81, 48)), "fn 81 print");
        assertTrue(contains(encoded, bytes(0x1B, 0x61, 1)), "centred");
    }

    @Test
    void barcodeAndLogoCommands() {
        byte[] logo = new byte[2 * 3];
        Arrays.fill(logo, (byte) 0xAA);
        byte[] encoded = new ReceiptEncoder(32, TextEncoding.GBK).encode(Receipt.builder()
                .barcode(Receipt.Symbology.CODE128, "AB12").add(new Receipt.Barcode(Receipt.Symbology.EAN13,
                        "692000000001", 60)).logo(16, 3, logo).build());
        assertTrue(contains(encoded, bytes(0x1D, 0x6B, 73, 6, '{', 'B', 'A', 'B', '1', '2')), "GS k 73 {B data");
        assertTrue(contains(encoded, bytes(0x1D, 0x68, 60)) && contains(encoded, bytes(0x1D, 0x6B, 67, 12)),
                "EAN13 60 dots high");
        byte[] raster = bytes(0x1D, 0x76, 0x30, 0, 2, 0, 3, 0, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA);
        assertTrue(contains(encoded, raster), "GS v 0 with 2 bytes x 3 rows");
    }

    @Test
    void doubleWidthTextWrapsAtHalfTheColumnsAndGbkReplacesWhatItCannotEncode() {
        byte[] encoded = new ReceiptEncoder(32, TextEncoding.GBK).encode(Receipt.builder()
                .heading("社会保障卡申领进度查询结果通知").text("缴费成功😀").build());
        List<String> lines = EncodingPropertiesTest.decode(encoded, TextEncoding.GBK, 32, 7).lines().stream()
                .map(Printed.Line::text).toList();
        assertEquals(List.of("社会保障卡申领进", "度查询结果通知", "缴费成功？"), lines,
                "16 columns of double width: 8 Chinese characters a line; an emoji GBK lacks becomes ？");
    }

    @Test
    void aPairValueThatFitsIsFlushRightAndALongOneIsLeftAlignedProse() {
        byte[] encoded = new ReceiptEncoder(32, TextEncoding.GB18030).encode(Receipt.builder()
                .pair("咨询电话", "12393")
                .pair("办理地点", "兰州市城关区政务服务中心二楼医保窗口，工作日九点至十七点")
                .build());
        List<String> lines = EncodingPropertiesTest.decode(encoded, TextEncoding.GB18030, 32, 7).lines().stream()
                .map(Printed.Line::text).toList();
        assertEquals(List.of("咨询电话                   12393", "办理地点",
                "兰州市城关区政务服务中心二楼医保", "窗口，工作日九点至十七点"), lines,
                "an address does not end with a lone word pushed to the right margin");
    }

    @Test
    void onlyThirtyTwoOrFortyEightColumns() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReceiptEncoder(40, TextEncoding.GB18030));
        assertTrue(refused.getMessage().contains("got 40"), refused.getMessage());
    }
}
