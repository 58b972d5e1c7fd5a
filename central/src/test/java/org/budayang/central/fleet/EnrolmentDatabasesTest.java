package org.budayang.central.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budayang.api.ApiHeaders;
import org.budayang.central.Http;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.TestFleet;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one-time claim, the per-region numbering and revocation on H2 and on PostgreSQL alike. */
class EnrolmentDatabasesTest {
    static java.util.stream.Stream<TestDatabases.Kind> kinds() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void concurrentEnrolmentsClaimEachCodeOnceAndNumberKiosksWithoutGaps(TestDatabases.Kind kind) throws Exception {
        try (PlatformServer central = PlatformServer.start(kind, new MutableClock(Instant.now()))) {
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                codes.add(TestFleet.createCode(central.url(), null).path("code").asText());
            }
            String fingerprint = TestFleet.ca().fingerprint();
            List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
            for (String code : codes) {
                for (int i = 0; i < 3; i++) {
                    String body = TestFleet.enrolBody(code, TestFleet.csr(TestFleet.ecKeys()));
                    attempts.add(() -> TestFleet.send(TestFleet.pinnedClient(fingerprint), "POST",
                            central.tlsUrl() + "/api/v1/enrol", body));
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(9);
            Set<String> kiosks = new HashSet<>();
            int used = 0;
            try {
                for (Future<HttpResponse<String>> result : pool.invokeAll(attempts)) {
                    HttpResponse<String> response = result.get();
                    if (response.statusCode() == 201) {
                        kiosks.add(TestFleet.read(response.body()).path("kioskId").asText());
                    } else {
                        assertEquals("ENROLMENT_CODE_USED", TestFleet.read(response.body()).path("code").asText(),
                                response.body());
                        used++;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            // the two kiosks of TestKiosks hold 0001 and 0002 of the region
            assertEquals(Set.of("KSK-620102000000-0003", "KSK-620102000000-0004", "KSK-620102000000-0005"), kiosks);
            assertEquals(6, used);

            TestFleet.Kiosk kiosk = TestFleet.enrol(central.url(), central.tlsUrl());
            String route = central.tlsUrl() + "/api/v1/test/applications/none";
            assertEquals(404, TestFleet.send(kiosk.client(), "GET", route, null).statusCode());
            assertEquals(200, Http.sendBody("POST", central.url() + "/api/v1/ops/kiosks/" + kiosk.kioskId()
                    + "/revoke", "{}", TestFleet.ops("zhang.wei"))
                    .statusCode());
            HttpResponse<String> refused = TestFleet.send(kiosk.client(), "GET", route, null);
            assertEquals(401, refused.statusCode());
            assertEquals("KIOSK_REVOKED", TestFleet.read(refused.body()).path("code").asText());
        }
    }
}
