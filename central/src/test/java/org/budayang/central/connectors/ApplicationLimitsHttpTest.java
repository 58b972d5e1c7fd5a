package org.budayang.central.connectors;

import org.budayang.central.db.Jdbc;
import static org.budayang.central.connectors.QueriesHttpTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budayang.api.services.ApplicationRequest;
import org.budayang.api.services.SignedLetter;
import org.budayang.central.TestCatalogs;
import org.budayang.central.connectors.KioskHttp.Reply;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Review finding: unbounded forms and material lists overflowed their columns (500 with the address in the log). */
class ApplicationLimitsHttpTest {
    private static final SignedLetter COMMITMENT = new SignedLetter("GA-QT00012001-v1", TestCatalogs.NOW.minusSeconds(60));
    private static final Map<String, String> FORM = Map.of("purpose", "就业", "useUnit", "甘肃弘毅建设工程有限公司");

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void unknownKeysOversizedValuesAndTooManyMaterialsAreRefusedNamingTheField(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            Map<String, String> extra = new HashMap<>(FORM);
            extra.put("comment", "x");
            Reply unknown = apply(central, request(extra, List.of("居民身份证")));
            assertError(unknown, 400, "INVALID_FIELD", "'comment'");
            assertTrue(unknown.body().path("citizenMessage").asText().contains("表单"), unknown::toString);

            Map<String, String> oversized = new HashMap<>(FORM);
            oversized.put("useUnit", "兰州市城关区东岗西路".repeat(500));
            assertError(apply(central, request(oversized, List.of("居民身份证"))), 400, "INVALID_FIELD",
                    "ApplicationRequest.form.useUnit");

            Map<String, String> manyKeys = new HashMap<>(FORM);
            for (int i = 0; i < 300; i++) {
                manyKeys.put("k" + i, "v".repeat(50));
            }
            assertError(apply(central, request(manyKeys, List.of("居民身份证"))), 400, "INVALID_FIELD", "form");

            assertError(apply(central, request(FORM, Collections.nCopies(200, "居民身份证"))), 400, "INVALID_FIELD",
                    "ApplicationRequest.materialsProvided");
            assertError(apply(central, request(FORM, List.of("居".repeat(3000)))), 400, "INVALID_FIELD",
                    "ApplicationRequest.materialsProvided");
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void repeatedMaterialsAreStoredOnce(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            Reply accepted = apply(central, request(FORM, Collections.nCopies(15, "居民身份证")));
            assertEquals(201, accepted.status(), accepted::toString);
            String stored = new Jdbc(central.database.dataSource()).one("SELECT materials_json FROM app_application"
                    + " WHERE application_no = ?", r -> r.getString(1), accepted.body().path("number").asText())
                    .orElseThrow();
            assertEquals("[\"居民身份证\"]", stored);
        }
    }

    @Test
    void databaseFailuresNameTheOperationAndSqlStateButNotTheDriversMessage() {
        Jdbc jdbc = new Jdbc(TestDatabases.fresh(TestDatabases.Kind.H2).dataSource());
        String secret = "兰州市城关区秘密路" + "9".repeat(200);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> jdbc.update(
                "INSERT INTO app_number_sequence (sequence_key, last_value) VALUES (?, 0)", secret));
        assertTrue(e.getMessage().startsWith("Update failed: INSERT INTO app_number_sequence"), e.getMessage());
        assertTrue(e.getMessage().contains("SQLState 22001"), e.getMessage());
        assertFalse(e.getMessage().contains("秘密") || e.getMessage().contains("U&"), e.getMessage());
        assertNull(e.getCause(), "the driver's exception (with the value in its message) is not kept");
    }

    private static ApplicationRequest request(Map<String, String> form, List<String> materials) {
        return new ApplicationRequest("QT00012001", QueriesHttpTest.ZHANG_SAN, "张三", form, new ArrayList<>(materials),
                COMMITMENT, null);
    }

    private static Reply apply(ConnectorsFixture central, ApplicationRequest request) {
        return KioskHttp.post(central.url(ConnectorsModule.APPLICATIONS), request);
    }
}
