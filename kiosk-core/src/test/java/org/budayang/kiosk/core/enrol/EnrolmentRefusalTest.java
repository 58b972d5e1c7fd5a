package org.budayang.kiosk.core.enrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The refusal codes and texts shared by the kiosk's page and the provisioning CLI, and the typed values' checks. */
class EnrolmentRefusalTest {
    @Test
    void aTlsFailureIsLookedIntoForTheFingerprintAndTheClock() {
        SSLHandshakeException pinned = new SSLHandshakeException("handshake failed");
        pinned.initCause(new CertificateException("CA_FINGERPRINT_MISMATCH: no certificate the server sent has it"));
        EnrolmentException mismatch = new EnrolmentException("CENTRAL_UNREACHABLE", "Cannot reach central", pinned);
        assertEquals(EnrolmentRefusal.CA_FINGERPRINT_MISMATCH, EnrolmentRefusal.of(mismatch));

        SSLHandshakeException expired = new SSLHandshakeException("handshake failed");
        expired.initCause(new CertificateException("invalid", new CertificateExpiredException("NotAfter: …")));
        assertEquals(EnrolmentRefusal.CLOCK_WRONG, EnrolmentRefusal.of(new EnrolmentException("CENTRAL_UNREACHABLE",
                "Cannot reach central", expired)));

        assertEquals(EnrolmentRefusal.ENROLMENT_CODE_USED,
                EnrolmentRefusal.of(new EnrolmentException("ENROLMENT_CODE_USED", "used")));
        assertEquals(EnrolmentRefusal.OTHER, EnrolmentRefusal.of(new EnrolmentException("CSR_INVALID", "bad CSR")));
        assertEquals("CSR_INVALID", EnrolmentRefusal.code(new EnrolmentException("CSR_INVALID", "bad CSR")));
    }

    @Test
    void textsWithAnArgumentKeepTheirApostrophes() {
        assertEquals("The CA fingerprint must be 64 hex digits, not 12", EnrolmentRefusal.FINGERPRINT_FORMAT.en(12));
        assertEquals("Central's answer is invalid and was refused; tell ops", EnrolmentRefusal.ANSWER_INVALID.en());
        assertEquals("注册码格式不对：“AB”应为 16 位（XXXX-XXXX-XXXX-XXXX，数字和除 I、L、O、U 外的字母）",
                EnrolmentRefusal.CODE_FORMAT.zh("AB"));
    }

    @Test
    void typedValuesAreNormalisedOrRefusedWithTheValue() {
        CodeSheet sheet = EnrolmentInput.sheet("7k3m q9xd-2hpa v8tn", "3f:" + "a1".repeat(30) + ":0b",
                "https://central.example.gov.cn:8443/");
        assertEquals("7K3M-Q9XD-2HPA-V8TN", sheet.code());
        assertEquals("3F" + "A1".repeat(30) + "0B", sheet.caFingerprint());
        assertEquals(URI.create("https://central.example.gov.cn:8443/api/v1/enrol"), sheet.enrolUrl());
        assertEquals(URI.create("https://c:8443/api/v1/enrol"),
                EnrolmentInput.sheet("7K3M-Q9XD-2HPA-V8TN", "AB".repeat(32), "https://c:8443/api/v1/enrol").enrolUrl());
        assertNull(EnrolmentInput.normaliseCode("7K3M-Q9XD-2HPA-V8TI"), "I is not in the alphabet");

        EnrolmentInput.InvalidInput code = assertThrows(EnrolmentInput.InvalidInput.class,
                () -> EnrolmentInput.sheet("12", "AB".repeat(32), "https://c:8443"));
        assertEquals(EnrolmentRefusal.CODE_FORMAT, code.refusal());
        assertEquals("The code \"12\" is not 16 characters (XXXX-XXXX-XXXX-XXXX, digits and letters except I, L, O, U)",
                code.en());
        EnrolmentInput.InvalidInput fingerprint = assertThrows(EnrolmentInput.InvalidInput.class,
                () -> EnrolmentInput.sheet("7K3M-Q9XD-2HPA-V8TN", "AB:CD", "https://c:8443"));
        assertEquals("CA 指纹格式不对：应为 64 位十六进制，现为 4 位", fingerprint.zh());
        EnrolmentInput.InvalidInput url = assertThrows(EnrolmentInput.InvalidInput.class,
                () -> EnrolmentInput.sheet("7K3M-Q9XD-2HPA-V8TN", "AB".repeat(32), "http://c:8080"));
        assertEquals(EnrolmentRefusal.URL_FORMAT, url.refusal());
        assertEquals("注册地址不对：“http://c:8080”应为 https 地址，如 https://central.example.gov.cn:8443/api/v1/enrol",
                url.zh());
    }
}
