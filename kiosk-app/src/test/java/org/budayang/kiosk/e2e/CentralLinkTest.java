package org.budayang.kiosk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.budayang.api.services.QueryRequest;
import org.budayang.api.services.QueryResult;
import org.budayang.central.CentralMain;
import org.budayang.central.CentralOptions;
import org.budayang.central.CentralServer;
import org.budayang.kiosk.CentralLink;
import org.budayang.kiosk.catalog.CentralClient;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import org.budayang.kiosk.service.CentralApi;
import org.budayang.kiosk.service.ServiceFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's wiring towards central (KioskMain's {@link CentralLink}) against a REAL central in this JVM with its
 * mutual-TLS listener on port 0 and the demo code sheet: a kiosk that enrolled into its data dir calls the
 * catalogue and the desk's department routes over mutual TLS with its certificate and no header; a kiosk that
 * did not enrol calls the configured plain URL and central refuses its department calls.
 */
class CentralLinkTest {
    private static final String ZHANG_SAN = "620102195803150034";
    private static final String RIGHTS_RECORD = "620102-SB01-GG00032001";

    @TempDir
    static Path work;
    private static CentralServer central;
    private static Path sheet;

    @BeforeAll
    static void startCentral() throws IOException {
        sheet = work.resolve("enrolment-sheet.json");
        Path config = work.resolve("central.properties");
        Files.writeString(config, "tls.port=0\nfleet.demoEnrolmentSheet=" + sheet + "\n", StandardCharsets.UTF_8);
        central = CentralMain.start(new CentralOptions(CentralOptions.Command.SERVE, "127.0.0.1", 0, Optional.empty(),
                Optional.empty(), Optional.of(config), work.resolve("central"), Optional.empty(), Optional.empty(),
                false), Clock.systemUTC());
    }

    @AfterAll
    static void stopCentral() {
        central.stop();
    }

    @Test
    void anEnrolledKioskReadsTheCatalogueAndQueriesForACitizenOverMutualTls() throws Exception {
        Path dataDir = work.resolve("kiosk-enrolled");
        KioskCredentials enrolled = new KioskEnrolment(dataDir.resolve(CentralLink.FLEET_DIR), Clock.systemUTC(),
                new SecureRandom()).ensureEnrolled(sheet, "测试机");
        URI plain = URI.create(central.url());

        CentralLink link = CentralLink.of(dataDir, plain);
        assertTrue(link.mutualTls());
        assertEquals(enrolled.apiUrl(), link.apiUrl(), "the enrolment's https URL, not the configured one");
        assertEquals("https", link.apiUrl().getScheme());

        try (CentralClient catalogue = link.catalogClient()) {
            assertEquals(link.apiUrl(), catalogue.baseUrl());
            assertFalse(catalogue.fetchCatalog().items().isEmpty(), "the catalogue over mutual TLS");
        }
        try (CentralApi api = link.deskApi()) {
            assertTrue(api.identity().contains(enrolled.kioskId()), api.identity());
            QueryResult result = api.query(new QueryRequest(RIGHTS_RECORD, ZHANG_SAN, Map.of()),
                    UUID.randomUUID().toString());
            assertTrue(result.title().contains("权益"), result.title());
        }
    }

    @Test
    void aKioskThatDidNotEnrolCallsTheConfiguredUrlAndCentralRefusesItsDepartmentCalls() throws Exception {
        Path dataDir = work.resolve("kiosk-not-enrolled");
        URI plain = URI.create(central.url());

        CentralLink link = CentralLink.of(dataDir, plain);
        assertFalse(link.mutualTls());
        assertEquals(plain, link.apiUrl());
        try (CentralApi api = link.deskApi()) {
            ServiceFailure refused = assertThrows(ServiceFailure.class, () -> api.query(
                    new QueryRequest(RIGHTS_RECORD, ZHANG_SAN, Map.of()), UUID.randomUUID().toString()));
            assertTrue(refused.getMessage().contains("401") || refused.code().contains("UNAUTHENTICATED"),
                    refused.code() + ": " + refused.getMessage());
        }
    }
}
