package org.budayang.api.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.budayang.api.identity.IdNumber;
import org.budayang.api.json.ApiJson;
import org.junit.jupiter.api.Test;

class DocumentRecordsTest {
    private final ObjectMapper json = ApiJson.mapper();

    @Test
    void certificateRequestValidatesAndNeverShowsTheFullIdNumber() throws Exception {
        IssueCertificateRequest request = json.readValue(
                "{\"itemCode\":\" GG00031001 \",\"idNumber\":\"11010519491231002x\"}", IssueCertificateRequest.class);
        assertEquals("GG00031001", request.itemCode());
        assertEquals("11010519491231002X", request.idNumber());
        assertFalse(request.toString().contains("11010519491231002X"), request.toString());
        assertThrows(IdNumber.InvalidIdNumberException.class, () -> new IssueCertificateRequest("GG00031001",
                "110105194912310021"));
        IllegalArgumentException item = assertThrows(IllegalArgumentException.class,
                () -> new IssueCertificateRequest("GG 0003", "11010519491231002X"));
        assertTrue(item.getMessage().contains("IssueCertificateRequest.itemCode 'GG 0003'"), item.getMessage());
    }

    @Test
    void certificateRequestTakesTheChosenValuesAndOldJsonStillParses() throws Exception {
        IssueCertificateRequest old = json.readValue("{\"itemCode\":\"GG00031001\",\"idNumber\":\"11010519491231002X\"}",
                IssueCertificateRequest.class);
        assertEquals(java.util.Map.of(), old.params());
        IssueCertificateRequest chosen = json.readValue("{\"itemCode\":\"GG00031001\",\"idNumber\":"
                + "\"11010519491231002X\",\"params\":{\"year\":\" 2025 \",\"certificateKind\":\"缴费明细\"}}",
                IssueCertificateRequest.class);
        assertEquals(java.util.Map.of("year", "2025", "certificateKind", "缴费明细"), chosen.params());
        IssueCertificateRequest notice = new IssueCertificateRequest("GG00035001", null,
                java.util.Map.of("business", "参保登记"));
        assertTrue(notice.toString().contains("idNumber=none"), notice.toString());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new IssueCertificateRequest("GG00031001", null));
        assertTrue(missing.getMessage().contains("IssueCertificateRequest.idNumber"), missing.getMessage());
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class, () -> new IssueCertificateRequest(
                "GG00031001", null, java.util.Map.of("a b", "1")));
        assertTrue(key.getMessage().contains("'a b'"), key.getMessage());
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class, () -> new IssueCertificateRequest(
                "GG00031001", null, java.util.Map.of("year", "9".repeat(101))));
        assertTrue(value.getMessage().contains("params.year is 101 characters"), value.getMessage());
    }

    @Test
    void receiptRequestAndIssuedDocumentNameTheirField() {
        IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
                () -> new IssueReceiptRequest(null));
        assertTrue(number.getMessage().contains("IssueReceiptRequest.applicationNumber"), number.getMessage());
        IllegalArgumentException code = assertThrows(IllegalArgumentException.class, () -> new IssuedDocument(
                "ILLEGAL0000000000", "K", "T", 1, 10, "/u", "http://v"));
        assertTrue(code.getMessage().contains("IssuedDocument.code"), code.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IssuedDocument("7K3MQ9TX2HVD8RNC", "K", "T", 0, 10,
                "/u", "http://v"));
    }

    @Test
    void verificationReportRoundTripsAsJson() throws Exception {
        VerificationReport report = new VerificationReport("7K3MQ9TX2HVD8RNC", VerificationOutcome.TAMPERED, "changed",
                VerificationOutcome.TAMPERED.citizenMessage(), null, null, null, null);
        assertEquals(report, json.readValue(json.writeValueAsString(report), VerificationReport.class));
        assertEquals("/verify/ABC", DocumentPaths.verify("ABC"));
    }
}
