package org.budayang.central.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmallPartsTest {

    @Test
    void codesAreRandomBase32AndReadBackAsTyped() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            VerificationCode code = VerificationCode.random(random);
            assertTrue(code.value().matches("[0-9A-HJKMNP-TV-Z]{16}"), code.value());
            assertTrue(seen.add(code.value()));
            assertEquals(code, VerificationCode.parse(code.grouped().toLowerCase()));
        }
        assertEquals("1000000000000000", VerificationCode.parse("I000-o000-0000-0000").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABC", "0123456789ABCDEFG", "0123456789ABCDEU", "<script>alert(1)</script>AA",
            "%00%00", "1234567890123456789012345678901234567890123"})
    void malformedCodesAreRefusedWithTheReason(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VerificationCode.parse(text));
        assertTrue(e.getMessage().contains("verification code") || e.getMessage().contains("VerificationCode"),
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"张三,张*", "张小三,张*三", "欧阳小娜,欧**娜", "王,*"})
    void namesAreMaskedButForFirstAndLast(String name, String masked) {
        assertEquals(masked, Masking.name(name));
    }

    @Test
    void idNumbersAreMaskedAsEverywhere() {
        assertEquals("620102********0038", Masking.idNumber("620102199001010038"));
    }

    @Test
    void configurationReadsItsKeysAndNamesBadValues() {
        DocumentsConfig config = DocumentsConfig.from(Map.of(DocumentsConfig.PUBLIC_BASE_URL,
                "https://zwfw.example.gov.cn/", DocumentsConfig.MAX_UPLOAD, "2048"), Path.of("/var/budayang"));
        assertEquals("https://zwfw.example.gov.cn", config.publicBaseUrl());
        assertEquals(Path.of("/var/budayang/documents/signing.p12"), config.keyStore());
        assertEquals(2048, config.maxUploadBytes());
        assertEquals(DocumentsConfig.DEFAULT_PUBLIC_BASE_URL, DocumentsConfig.defaults(Path.of("d")).publicBaseUrl());
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class, () -> DocumentsConfig.from(
                Map.of(DocumentsConfig.PUBLIC_BASE_URL, "ftp://x"), Path.of("d")));
        assertTrue(url.getMessage().contains("documents.publicBaseUrl 'ftp://x'"), url.getMessage());
        IllegalArgumentException max = assertThrows(IllegalArgumentException.class, () -> DocumentsConfig.from(
                Map.of(DocumentsConfig.MAX_UPLOAD, "lots"), Path.of("d")));
        assertTrue(max.getMessage().contains("documents.verify.maxUploadBytes 'lots'"), max.getMessage());
        assertNotEquals(-1, config.toString().indexOf("generated"));
    }

    @Test
    void tableColumnsGetWhatTheyNeedAndLongOnesShareTheRest() {
        float[] widths = TablePainter.share(new float[] {50f, 400f, 60f, 300f}, 480f);
        assertEquals(50f, widths[0], 0.01f);
        assertEquals(60f, widths[2], 0.01f);
        assertEquals(185f, widths[1], 0.01f);
        assertEquals(185f, widths[3], 0.01f);
        float[] roomy = TablePainter.share(new float[] {50f, 50f}, 200f);
        assertEquals(100f, roomy[0], 0.01f);
    }

    @Test
    void verifyPagesEscapeWhatTheyShow() {
        assertEquals("&lt;b&gt;&amp;&quot;&#39;", VerifyPage.escape("<b>&\"'"));
        String page = VerifyPage.malformed("code '<script>' is bad");
        assertTrue(page.contains("&lt;script&gt;") && !page.contains("<script>"), page);
    }
}
