package org.budayang.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeKindTest {

    @ParameterizedTest
    @CsvSource({
        "EC620102Q7mZk2LxN4pR8tV1wY3bD6fH, EC_TOKEN",
        "  EC620102Q7mZk2LxN4pR8tV1wY3bD6fH  , EC_TOKEN",
        "134567890123456789, PAYMENT",
        "101234567890123456, PAYMENT",
        "2812345678901234, PAYMENT",
        "301234567890123456789012, PAYMENT",
        "161234567890123456, OTHER",
        "https://example.gov.cn/eid?c=ABCDEFGH12345678, LINK",
        "HTTP://EXAMPLE.GOV.CN/ABCDEFGHIJKLMNOP, LINK",
        "6901234567892, OTHER",
        "6212345678901234567, PAYMENT",
        "BDYEC1abcdefghijkmnopqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ01, EC_TOKEN",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh, OTHER",
        "EC620102Q7mZk2LxN4pR8tV1wY3bD6f, OTHER",
        "12345678901234567890123, OTHER",
        "SHORT1, OTHER",
        "has spaces but is long enough, OTHER",
        "医保电子凭证医保电子凭证医保电子凭证医保, OTHER"
    })
    void classifiesByTheDocumentedRule(String text, CodeKind expected) {
        assertEquals(expected, CodeKind.of(text));
    }
}
