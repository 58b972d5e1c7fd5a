package org.budayang.kiosk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.budayang.api.identity.IdNumber;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 基本医疗保险参保人员异地就医备案 end to end as the demo runs it: the real kiosk window with the touch editors (robot
 * taps on the choice buttons, the numeric pads, 今天 of the date editor; the address is filled from the card), the REAL
 * idcard-sam driver with demo card 1 (张三), the commitment letter signed by face, the REAL JournalledServiceDesk against
 * the REAL central (its 医保 sandbox accepts the filing), and the 受理凭证 printed by the REAL escpos driver into its
 * emulator; the receipt is read back (title, 办件编号, the item, the masked ID number).
 */
class MedicalFilingEndToEndTest {
    private static final String FILING_ITEM = "基本医疗保险参保人员异地就医备案";

    /** The letter is signed and the start date chosen on the kiosk's clock, which central checks against its own. */
    @RegisterExtension
    static final E2eSession SESSION = new E2eSession(new E2eKiosk.Options(false, true, true, Duration.ofSeconds(30)));

    @Test
    void aCitizenFilesTreatmentElsewhereAndTakesTheAcceptanceReceipt() throws Exception {
        E2eKiosk kiosk = SESSION.kiosk();
        kiosk.startWithZhangSansCard(kiosk.item(FILING_ITEM));
        kiosk.faceUntil("the CHOOSE step", () -> kiosk.shows("#choice-filingType-1"));
        kiosk.tap("#choice-filingType-1"); // 异地长期居住
        for (char c : "440305".toCharArray()) {
            kiosk.tap("#key-treatmentRegion-" + c);
        }
        kiosk.tap("#flow-next");
        kiosk.await("the FILL step", () -> kiosk.shows("#key-startDate-today"));
        kiosk.tap("#key-startDate-today");
        for (char c : "13800138000".toCharArray()) {
            kiosk.tap("#key-phone-" + c);
        }
        assertTrue(kiosk.text("#display-address").contains("庆阳路"),
                "the address comes from the card: " + kiosk.text("#display-address"));
        kiosk.tap("#flow-next");
        kiosk.await("the commitment letter", () -> kiosk.shows("#flow-agree"));
        kiosk.tap("#flow-agree");
        kiosk.tap("#flow-next");
        kiosk.await("the face to sign the letter", () -> kiosk.vm().screenProperty().get() == Screen.FACE);
        kiosk.faceUntil("the submission's answer", () -> kiosk.shows("#flow-submitted"));
        String number = kiosk.text("#flow-number");
        kiosk.tap("#flow-next");
        kiosk.rateAndGoHome("SATISFIED");

        List<org.budayang.driver.escpos.emulator.PrintedReceipt> printed = kiosk.receipts().receipts();
        assertEquals(1, printed.size(), "one receipt: " + printed);
        String text = printed.get(0).text();
        assertTrue(printed.get(0).isWhole(), printed.get(0).describe());
        assertTrue(text.contains("受理凭证"), text);
        assertTrue(text.contains(FILING_ITEM), text);
        String digits = number.replaceAll("[^0-9A-Za-z]", "");
        assertTrue(!digits.isEmpty() && text.replaceAll("[^0-9A-Za-z]", "").contains(digits),
                "the 办件编号 " + number + " is on the receipt: " + text);
        assertTrue(text.contains(IdNumber.mask(ReaderRig.ZHANG_SAN_ID)), text);
        for (String line : kiosk.log().everything()) {
            assertFalse(line.contains(ReaderRig.ZHANG_SAN_ID), "ID number in the log: " + line);
            assertFalse(line.contains("庆阳路"), "address in the log: " + line);
        }
    }
}
