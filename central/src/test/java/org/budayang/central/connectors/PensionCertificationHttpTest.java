package org.budayang.central.connectors;

import static org.budayang.central.connectors.QueriesHttpTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.budayang.api.services.PensionCertificationRequest;
import org.budayang.central.TestCatalogs;
import org.budayang.central.connectors.KioskHttp.Reply;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.identity.FaceCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 养老待遇资格认证 with a face check: recorded and the due date moved a year on, or a precise 4xx. */
class PensionCertificationHttpTest {
    private static final String PENSIONER = QueriesHttpTest.ZHAO_DESHENG;

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void certifiesWithAFreshMatchingFaceCheckOnly(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            String good = face(central, PENSIONER, true, Duration.ofMinutes(2));
            Reply done = certify(central, PENSIONER, good);
            assertEquals(201, done.status(), done::toString);
            assertEquals("2027-03-02", done.body().path("nextDueDate").asText());
            assertTrue(done.body().path("certificationNumber").asText().startsWith("RZ20260302"), done::toString);
            assertEquals("2027年3月2日", QueriesHttpTest.field(QueriesHttpTest.query(central, "JF00033001", PENSIONER,
                    Map.of()), "本次认证截止日期"));
            assertError(certify(central, PENSIONER, good), 409, "FACE_CHECK_ALREADY_USED");

            assertError(certify(central, PENSIONER, "no-such-check"), 404, "FACE_CHECK_NOT_FOUND");
            assertError(certify(central, PENSIONER, face(central, QueriesHttpTest.ZHANG_SAN, true, Duration.ZERO)), 403,
                    "FACE_CHECK_OTHER_PERSON");
            assertError(certify(central, PENSIONER, face(central, PENSIONER, false, Duration.ZERO)), 422,
                    "FACE_CHECK_NOT_MATCHED");
            assertError(certify(central, PENSIONER, face(central, PENSIONER, true, Duration.ofMinutes(11))), 422,
                    "FACE_CHECK_EXPIRED");
            String li = QueriesHttpTest.LI_XIUYING;
            assertError(certify(central, li, face(central, li, true, Duration.ZERO)), 409, "NOT_A_PENSIONER");
            assertError(certify(central, "620102193501010011", "x"), 400, "INVALID_ID_NUMBER");
            assertError(KioskHttp.post(central.url(ConnectorsModule.PENSION_CERTIFICATIONS), "{\"idNumber\":\"x\"}"),
                    400, "INVALID_FIELD", "PensionCertificationRequest.faceVerificationId");
        }
    }

    private static String face(ConnectorsFixture central, String id, boolean matched, Duration age) {
        String verification = UUID.randomUUID().toString();
        central.identity.add(new FaceCheck(verification, id, matched, matched ? 0.91 : 0.32,
                matched ? "MATCH" : "MISMATCH", TestCatalogs.NOW.minus(age)));
        return verification;
    }

    private static Reply certify(ConnectorsFixture central, String id, String verification) {
        return KioskHttp.post(central.url(ConnectorsModule.PENSION_CERTIFICATIONS),
                new PensionCertificationRequest(id, verification));
    }
}
