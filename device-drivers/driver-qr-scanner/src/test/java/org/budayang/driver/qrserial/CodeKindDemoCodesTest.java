package org.budayang.driver.qrserial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.budayang.driver.qrserial.emulator.DemoCodes;
import org.budayang.driver.scanner.CodeKind;
import org.junit.jupiter.api.Test;

/** The emulator's demo codes are what they pretend to be under the one rule (driver-api's {@link CodeKind}). */
class CodeKindDemoCodesTest {

    @Test
    void demoCodesClassifyAsWhatTheyPretendToBe() {
        DemoCodes codes = new DemoCodes(7);
        for (int i = 0; i < 200; i++) {
            assertEquals(CodeKind.ECTOKEN, CodeKind.of(codes.ectoken()));
            assertEquals(CodeKind.WECHAT_PAY, CodeKind.of(codes.wechatPay()));
            assertEquals(CodeKind.ALIPAY, CodeKind.of(codes.alipay()));
            assertEquals(CodeKind.URL, CodeKind.of(codes.electronicId()));
        }
    }
}
