package org.budayang.central.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budayang.api.services.ApplicationRequest;
import org.budayang.api.services.SignedLetter;
import org.budayang.central.TestCatalogs;
import org.budayang.central.connectors.KioskHttp.Reply;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Concurrent submissions each get their own 办件编号 (review finding: the sequence was read outside its update). */
class ConcurrentApplicationsHttpTest {
    private static final int SUBMISSIONS = 40;

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void fortyConcurrentApplicationsAllGetDistinctNumbers(TestDatabases.Kind kind) throws Exception {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            SignedLetter commitment = new SignedLetter("GA-QT00012001-v1", TestCatalogs.NOW.minusSeconds(60));
            ApplicationRequest request = new ApplicationRequest("QT00012001", QueriesHttpTest.ZHANG_SAN, "张三",
                    Map.of("purpose", "就业", "useUnit", "甘肃弘毅建设工程有限公司"), List.of("居民身份证"), commitment, null);
            // one request first, so the kiosk's secret is verified (and cached) before the burst
            assertEquals(201, KioskHttp.post(central.url(ConnectorsModule.APPLICATIONS), request).status());
            ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Reply>> replies = new ArrayList<>();
                for (int i = 0; i < SUBMISSIONS; i++) {
                    replies.add(pool.submit(() -> {
                        start.await();
                        return KioskHttp.post(central.url(ConnectorsModule.APPLICATIONS), request);
                    }));
                }
                start.countDown();
                Set<String> numbers = new HashSet<>();
                for (Future<Reply> f : replies) {
                    Reply reply = f.get();
                    assertEquals(201, reply.status(), reply::toString);
                    numbers.add(reply.body().path("number").asText());
                }
                assertEquals(SUBMISSIONS, numbers.size(), "distinct numbers: " + numbers);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
