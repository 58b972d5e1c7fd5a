package org.budayang.driver.printer.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.budayang.driver.escpos.ReceiptEncoder;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.printer.Receipt;
import org.junit.jupiter.api.Test;

/**
 * The four receipt templates: each validates its inputs (naming the field and, unless it is personal data, the
 * value), and what it prints, encoded and decoded by the emulator, shows the masked name and ID number, the
 * amounts in yuan with two decimals and the QR address.
 */
class TemplatesTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 27, 9, 15);
    private static final String ID = "620102195803150034";

    static AcceptanceReceipt acceptance() {
        return new AcceptanceReceipt("兰州市公安局城关分局", "居民身份证换领", "620102-GA-20261127-000123", "张小三", ID,
                AT, LocalDate.of(2026, 12, 27), "https://zwfw.gansu.gov.cn/bjcx?bjbh=620102-GA-20261127-000123");
    }

    /** Encodes for 48 columns GB18030 and decodes with the emulator, without a link. */
    static PrintedReceipt printed(Receipt receipt) {
        byte[] bytes = new ReceiptEncoder(48, TextEncoding.GB18030).encode(receipt);
        PrinterEmulator emulator = new PrinterEmulator(TextEncoding.GB18030, 48);
        emulator.receive(bytes, bytes.length);
        List<PrintedReceipt> receipts = emulator.receipts();
        assertEquals(1, receipts.size(), "one receipt, cut");
        return receipts.get(0);
    }

    @Test
    void acceptanceReceiptMasksTheApplicantAndCarriesTheStatusQr() {
        PrintedReceipt printed = printed(acceptance().toReceipt());
        String text = printed.text();
        assertTrue(text.startsWith("受理凭证"), text);
        assertTrue(text.contains("620102-GA-20261127-000123"), text);
        assertTrue(text.contains("张*三"), "masked name: " + text);
        assertFalse(text.contains("张小三"), "never the full name");
        assertTrue(text.contains("620102********0034"), "masked ID number: " + text);
        assertFalse(text.contains(ID));
        assertTrue(text.contains("2026-11-27 09:15") && text.contains("2026-12-27"), text);
        assertEquals(List.of(acceptance().statusUrl()), printed.qrCodes().stream().map(q -> q.payload()).toList());
    }

    @Test
    void acceptanceReceiptRefusesBadInput() {
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> new AcceptanceReceipt(
                "部门", "事项", "GA-0001", "张三", ID, AT, LocalDate.of(2026, 11, 26), "https://x.cn/q"));
        assertTrue(early.getMessage().contains("promisedBy 2026-11-26"), early.getMessage());
        IllegalArgumentException badId = assertThrows(IllegalArgumentException.class, () -> new AcceptanceReceipt(
                "部门", "事项", "GA-0001", "张三", "620102195803150035", AT, LocalDate.of(2026, 12, 1), "https://x.cn/q"));
        assertTrue(badId.getMessage().contains("620102********0035"), badId.getMessage());
        assertFalse(badId.getMessage().contains("620102195803150035"), "the ID number is masked in the refusal");
        IllegalArgumentException badUrl = assertThrows(IllegalArgumentException.class, () -> new AcceptanceReceipt(
                "部门", "事项", "GA-0001", "张三", ID, AT, LocalDate.of(2026, 12, 1), "ftp://x.cn/q"));
        assertTrue(badUrl.getMessage().contains("statusUrl") && badUrl.getMessage().contains("ftp://x.cn/q"));
        IllegalArgumentException badName = assertThrows(IllegalArgumentException.class, () -> new AcceptanceReceipt(
                "部门", "事项", "GA-0001", "张三3", ID, AT, LocalDate.of(2026, 12, 1), "https://x.cn/q"));
        assertTrue(badName.getMessage().contains("applicantName"), badName.getMessage());
        assertFalse(badName.getMessage().contains("张三3"), "a name is not repeated in a refusal");
    }

    @Test
    void paymentReceiptPrintsYuanWithTwoDecimalsAndTheOrderBarcode() {
        PaymentReceipt payment = new PaymentReceipt("城乡居民医疗保险缴费", 38_005, "欧阳小明", "PAY-20261127-0042",
                PaymentChannel.WECHAT, AT);
        assertEquals("380.05", payment.amountYuan());
        assertEquals("0.07", new PaymentReceipt("x", 7, "李四", "PAY-1", PaymentChannel.CASH, AT).amountYuan());
        PrintedReceipt printed = printed(payment.toReceipt());
        assertTrue(printed.text().contains("380.05"), printed.text());
        assertTrue(printed.text().contains("欧阳*明"), printed.text());
        assertTrue(printed.text().contains("微信支付"), printed.text());
        assertEquals("PAY-20261127-0042", printed.barcodes().get(0).data());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> new PaymentReceipt("x", 0,
                "李四", "PAY-1", PaymentChannel.CASH, AT));
        assertTrue(zero.getMessage().contains("amountFen") && zero.getMessage().contains("got 0"), zero.getMessage());
    }

    @Test
    void refundReceiptSaysWhereTheMoneyGoes() {
        RefundReceipt refund = new RefundReceipt("无犯罪记录证明", 2_000, "王五", "PAY-20261127-0042", "RF-20261127-0001",
                PaymentChannel.ALIPAY, AT, "打印失败，业务未办结");
        String text = printed(refund.toReceipt()).text();
        assertTrue(text.contains("20.00") && text.contains("王*") && text.contains("支付宝")
                && text.contains("打印失败，业务未办结") && text.contains("RF-20261127-0001"), text);
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () -> new RefundReceipt("x", 1,
                "王五", "PAY-1", "PAY-1", PaymentChannel.CASH, AT, "r"));
        assertTrue(same.getMessage().contains("refundNumber"), same.getMessage());
    }

    @Test
    void disclosureNoticeListsEveryMaterialAndLinksTheGuide() {
        DisclosureNotice notice = new DisclosureNotice("城乡居民养老保险待遇申领", List.of("居民身份证原件",
                "户口簿首页及本人页", "社会保障卡", "近期一寸免冠照片两张"), "城关区政务服务中心一楼社保窗口",
                "工作日 9:00-17:00", "https://zwfw.gansu.gov.cn/guide/GG00031001", AT);
        PrintedReceipt printed = printed(notice.toReceipt());
        String text = printed.text();
        assertTrue(text.contains("共4项"), text);
        for (String line : List.of("1. 居民身份证原件", "2. 户口簿首页及本人页", "3. 社会保障卡", "4. 近期一寸免冠照片两张")) {
            assertTrue(text.contains(line), line + " in " + text);
        }
        assertEquals("https://zwfw.gansu.gov.cn/guide/GG00031001", printed.qrCodes().get(0).payload());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> new DisclosureNotice("x",
                List.of(), "w", "t", "https://x.cn/g", AT));
        assertTrue(none.getMessage().contains("materials") && none.getMessage().contains("got 0"));
    }
}
