package org.budayang.driver.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeKindTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "134567890123456789, WECHAT_PAY",
            "104567890123456789, WECHAT_PAY",
            "164567890123456789, OTHER",           // 16 is not a WeChat prefix
            "13456789012345678, OTHER",            // 17 digits
            "2812345678901234, ALIPAY",            // 16 digits
            "301234567890123456789012, ALIPAY",    // 24 digits
            "3012345678901234567890123, OTHER",    // 25 digits
            "311234567890123456, OTHER",           // 31 is not an Alipay prefix
            "6212345678901234567, UNIONPAY",
            "https://ctid.example.gov.cn/v?c=1, URL",
            "HTTP://EXAMPLE.ORG, URL",
            "http://, OTHER",
            "BDYEC1abcdefghijkmnopqrstuvwxyz0123456789ABCDEFGHJKLMNPQRSTUV, ECTOKEN",
            "EC620102Q7mZk2LxN4pR8tV1wY3bD6fH, ECTOKEN",     // 32 characters
            "'  EC620102Q7mZk2LxN4pR8tV1wY3bD6fH  ', ECTOKEN", // surrounding spaces ignored
            "EC620102Q7mZk2LxN4pR8tV1wY3bD6f, OTHER",        // 31 characters
            "abcdefghijkmnopqrstuvwxyzabcdefghijk, OTHER",   // no digit
            "12345678901234567890123456789012345, OTHER",    // all digits, no known prefix
            "has spaces but is long enough 12345, OTHER",
            "6901234567892, OTHER",                          // EAN-13
            "甘肃省政务服务, OTHER"
    })
    void classifiesByShape(String text, CodeKind expected) {
        assertEquals(expected, CodeKind.of(text));
    }

    @Test
    void paymentKindsSaySo() {
        assertTrue(CodeKind.WECHAT_PAY.isPayment() && CodeKind.ALIPAY.isPayment() && CodeKind.UNIONPAY.isPayment());
        assertFalse(CodeKind.ECTOKEN.isPayment() || CodeKind.URL.isPayment() || CodeKind.OTHER.isPayment());
        assertEquals("医保电子凭证", CodeKind.ECTOKEN.label());
    }

    @Test
    void noTextIsRefused() {
        assertThrows(NullPointerException.class, () -> CodeKind.of(null));
    }
}
