package org.budayang.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budayang.api.documents.IssueCertificateRequest;
import org.junit.jupiter.api.Test;

/** What a certificate request carries of the flow's values: they reach central instead of being dropped. */
class CertificateParamsTest {

    @Test
    void theChoicesAndTheSignedLettersAreKeptBlankValuesDroppedLongValuesCut() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("certificateType", "同户家庭成员关系");
        params.put("year", " 2025 ");
        params.put("purpose", "  ");
        params.put("commitmentLetter", "GA-HJ-2026.1");
        params.put("deferredMaterials", String.join("、", java.util.Collections.nCopies(30, "居民户口簿")));

        Map<String, String> kept = PrintPlans.certificateParams(params);

        assertEquals(List.of("certificateType", "year", "commitmentLetter", "deferredMaterials"),
                List.copyOf(kept.keySet()));
        assertEquals("2025", kept.get("year"));
        assertEquals(100, kept.get("deferredMaterials").length(), kept.get("deferredMaterials"));
        // what the request record accepts: central gets them all
        IssueCertificateRequest request = new IssueCertificateRequest("620102-GA01-QT00013001",
                "620102195803150034", kept);
        assertEquals(kept, request.params());
    }

    @Test
    void noParamsGiveAnEmptyMapAndAtMostTwentyAreSent() {
        assertEquals(Map.of(), PrintPlans.certificateParams(null));
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 25; i++) {
            many.put("k" + i, "v" + i);
        }
        assertEquals(IssueCertificateRequest.MAX_PARAMS, PrintPlans.certificateParams(many).size());
    }
}
