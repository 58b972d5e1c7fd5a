package org.budayang.driver.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.budayang.driver.escpos.emulator.Printed;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.escpos.emulator.ReceiptRenderer;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.budayang.driver.printer.Receipt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Receipts through the real driver, over a pty and over TCP, to the emulator, decoded back and compared with
 * what was asked: the text lines (Chinese included, wrapped by display width), the styles, the QR payload (also
 * read by ZXing from the emulator's PNG), the barcode, the logo and the cut.
 */
class ReceiptRoundTripTest {
    private static final String QR = "https://zwfw.gansu.gov.cn/bjcx?bjbh=620102-GA-20261127-000123";
    private static final String LONG = "请于承诺办结日期后凭本凭证或扫描下方二维码查询办理进度，如需补充材料，工作人员将电话联系您。"
            + " Keep this receipt.";

    static List<Arguments> links() {
        List<Arguments> all = new ArrayList<>();
        for (CableKind kind : CableKind.values()) {
            all.add(Arguments.of(kind, TextEncoding.GB18030, 48));
            all.add(Arguments.of(kind, TextEncoding.GBK, 32));
            all.add(Arguments.of(kind, TextEncoding.UTF_8, 48));
        }
        return all;
    }

    static Receipt receipt() {
        byte[] logo = new byte[4 * 16];
        for (int i = 0; i < logo.length; i += 2) {
            logo[i] = (byte) 0xF0;
        }
        return Receipt.builder()
                .logo(32, 16, logo)
                .heading("受理凭证")
                .centred("收件即受理")
                .rule()
                .pair("办件编号", "620102-GA-20261127-000123")
                .pair("事项名称", "居民身份证换领")
                .pair("受理时间", "2026-11-27 09:15")
                .text(LONG)
                .text("重要提示", new Receipt.Style(Receipt.Align.LEFT, true, false, false, true))
                .qr(QR)
                .barcode(Receipt.Symbology.CODE128, "GA20261127000123")
                .feed(2)
                .cut()
                .build();
    }

    @ParameterizedTest(name = "{0} {1} {2} columns")
    @MethodSource("links")
    void aReceiptComesOutAsAsked(CableKind kind, TextEncoding encoding, int columns) throws Exception {
        try (Rig rig = new Rig(kind, encoding, columns).started()) {
            Outcome<PrintJob> outcome = rig.print("rt-1", receipt());
            assertTrue(outcome.isSuccess(), "printed: " + outcome);
            PrintJob job = outcome.valueIfSuccess().orElseThrow();
            assertEquals(PrintJobState.PRINTED, job.state());
            assertEquals(1, job.attempts());

            PrintedReceipt printed = rig.awaitReceipt(1);
            assertEquals(PrintedReceipt.Cut.PARTIAL, printed.cut());
            assertEquals(expectedLines(columns), printed.lines().stream().map(Printed.Line::text).toList(),
                    "the decoded lines, wrapped to " + columns + " columns");
            for (Printed.Line line : printed.lines()) {
                assertTrue(DisplayWidth.of(line.text()) * (line.runs().stream().anyMatch(Printed.Run::doubleWidth)
                        ? 2 : 1) <= columns, "line fits the paper: " + line.text());
                assertFalse(line.text().contains("\uFFFD"), "no undecodable bytes: " + line.text());
            }
            Printed.Line heading = printed.lines().get(0);
            assertEquals(1, heading.align(), "the heading is centred");
            Printed.Run headingRun = heading.runs().get(0);
            assertTrue(headingRun.bold() && headingRun.doubleWidth() && headingRun.doubleHeight(),
                    "the heading is bold and double size: " + headingRun);
            Printed.Line notice = printed.lines().stream().filter(l -> l.text().equals("重要提示")).findFirst()
                    .orElseThrow();
            assertTrue(notice.runs().get(0).bold() && notice.runs().get(0).underline()
                    && !notice.runs().get(0).doubleWidth(), "bold underlined, normal size: " + notice.runs());
            assertEquals(1, printed.qrCodes().size());
            assertEquals(QR, printed.qrCodes().get(0).payload());
            assertEquals('M', printed.qrCodes().get(0).errorCorrection());
            assertEquals(List.of("GA20261127000123"), printed.barcodes().stream().map(Printed.Barcode::data).toList());
            assertEquals(32, printed.logos().get(0).widthBytes() * 8);
            assertEquals(16, printed.logos().get(0).height());

            BufferedImage png = new ReceiptRenderer().render(printed);
            assertEquals(columns * 12 + 32, png.getWidth(), "12 dots per column plus margins");
            assertEquals(QR, QrReader.read(png), "the QR code in the PNG reads back");
        }
    }

    /** What the encoder lays out, computed independently from the receipt's words. */
    private static List<String> expectedLines(int columns) {
        List<String> lines = new ArrayList<>();
        lines.add("受理凭证");
        lines.add("收件即受理");
        lines.add("-".repeat(columns));
        lines.addAll(pair("办件编号", "620102-GA-20261127-000123", columns));
        lines.addAll(pair("事项名称", "居民身份证换领", columns));
        lines.addAll(pair("受理时间", "2026-11-27 09:15", columns));
        lines.addAll(Layout.wrap(LONG, columns));
        lines.add("重要提示");
        return lines;
    }

    /** On one line when label, a space and value fit; else the label, then the value flush right below. */
    private static List<String> pair(String label, String value, int columns) {
        int gap = columns - DisplayWidth.of(label) - DisplayWidth.of(value);
        if (gap >= 1) {
            return List.of(label + " ".repeat(gap) + value);
        }
        return List.of(label, " ".repeat(columns - DisplayWidth.of(value)) + value);
    }
}
