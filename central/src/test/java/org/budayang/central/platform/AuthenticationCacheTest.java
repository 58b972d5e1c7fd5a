package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.http.Context;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.budayang.central.CentralServer;
import org.budayang.central.Http;
import org.budayang.central.MutableClock;
import org.budayang.central.TestCatalogs;
import org.budayang.central.TestKioskSecrets;
import org.budayang.central.auth.KioskAuthenticator;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.auth.KioskRepository;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.idempotency.Idempotency;
import org.budayang.central.idempotency.IdempotencyStore;
import org.junit.jupiter.api.Test;

/**
 * Concurrent first requests of one kiosk share one PBKDF2 verification (found by bench/central.sh:
 * ten connections opening at once each computed their own and timed out on two cores), and the
 * cache saves the kiosks table from being asked on every request.
 */
class AuthenticationCacheTest {
    @Test
    void concurrentRequestsWithTheSameCredentialsVerifyOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:30:00Z"));
        try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
            new KioskRepository(db.dataSource(), clock).sync(TestKioskSecrets.configured());
            CountingDataSource counting = new CountingDataSource(db.dataSource());
            KioskAuthenticator authenticator = new KioskAuthenticator(new KioskRepository(counting, clock), clock,
                    Duration.ofMinutes(1));
            try (CentralServer server = whoAmIServer(db, authenticator, clock)) {
                String url = server.url() + "/api/v1/test/whoami";
                ExecutorService pool = Executors.newFixedThreadPool(8);
                try {
                    List<Future<Integer>> answers = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        answers.add(pool.submit(() -> Http.get(url, TestKioskSecrets.auth()).statusCode()));
                    }
                    for (Future<Integer> answer : answers) {
                        assertEquals(200, answer.get());
                    }
                } finally {
                    pool.shutdownNow();
                }
                assertEquals(1, counting.connections.get(), "one verification for eight concurrent requests");
                for (int i = 0; i < 5; i++) {
                    assertEquals(200, Http.get(url, TestKioskSecrets.auth()).statusCode());
                }
                assertEquals(1, counting.connections.get(), "cached: the table is not asked again");
                clock.advance(Duration.ofMinutes(2));
                assertEquals(200, Http.get(url, TestKioskSecrets.auth()).statusCode());
                assertEquals(2, counting.connections.get(), "expired: verified again");
            }
        }
    }

    /**
     * After the cache time the kiosk's row is read again: an unchanged stored hash accepts the same secret
     * (without hashing again), a rotated secret or a disabled kiosk is refused at once.
     */
    @Test
    void afterTheCacheTimeRotationAndDisablingTakeEffect() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:30:00Z"));
        try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
            KioskRepository repository = new KioskRepository(db.dataSource(), clock);
            repository.sync(TestKioskSecrets.configured());
            KioskAuthenticator authenticator = new KioskAuthenticator(repository, clock, Duration.ofMinutes(1));
            try (CentralServer server = whoAmIServer(db, authenticator, clock)) {
                String url = server.url() + "/api/v1/test/whoami";
                assertEquals(200, Http.get(url, TestKioskSecrets.auth()).statusCode());
                clock.advance(Duration.ofMinutes(2));
                assertEquals(200, Http.get(url, TestKioskSecrets.auth()).statusCode(), "unchanged hash: still accepted");

                java.util.Map<String, org.budayang.central.auth.SecretHash> rotated = new java.util.HashMap<>(
                        TestKioskSecrets.configured());
                rotated.put(TestKioskSecrets.KIOSK, org.budayang.central.auth.SecretHash.create("a-new-secret-for-kiosk-0001-"
                        + "xxxxxxxxxxxxxxxx", org.budayang.central.auth.SecretHash.MIN_ITERATIONS,
                        new java.security.SecureRandom()));
                repository.sync(rotated);
                assertEquals(200, Http.get(url, TestKioskSecrets.auth()).statusCode(), "within the cache time");
                clock.advance(Duration.ofMinutes(2));
                assertEquals(401, Http.get(url, TestKioskSecrets.auth()).statusCode(), "rotated: the old secret is refused");

                repository.sync(TestKioskSecrets.configured());
                assertEquals(200, Http.get(url, TestKioskSecrets.auth()).statusCode());
                repository.sync(java.util.Map.of());
                clock.advance(Duration.ofMinutes(2));
                assertEquals(401, Http.get(url, TestKioskSecrets.auth()).statusCode(), "disabled: refused");
            }
        }
    }

    /**
     * Review finding: every wrong guess cost a full PBKDF2 with no bound. At most the configured number run at once;
     * the others are answered 503 AUTH_BUSY with Retry-After, and a known kiosk is served again afterwards.
     */
    @Test
    void concurrentWrongGuessesBeyondTheBoundAre503AuthBusy() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:30:00Z"));
        try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
            KioskRepository repository = new KioskRepository(db.dataSource(), clock);
            repository.sync(TestKioskSecrets.configured());
            KioskAuthenticator authenticator = new KioskAuthenticator(repository, clock, Duration.ofMinutes(1), 2,
                    Duration.ofMillis(20));
            try (CentralServer server = whoAmIServer(db, authenticator, clock)) {
                String url = server.url() + "/api/v1/test/whoami";
                int guesses = 12;
                ExecutorService pool = Executors.newFixedThreadPool(guesses);
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<Future<java.net.http.HttpResponse<String>>> answers = new ArrayList<>();
                try {
                    for (int i = 0; i < guesses; i++) {
                        String kiosk = String.format("KSK-620102-9%03d", i); // unknown: the decoy's full PBKDF2
                        String secret = "guess-" + i;
                        answers.add(pool.submit(() -> {
                            start.await();
                            return Http.get(url, "X-Budayang-Kiosk", kiosk, "Authorization", "Bearer " + secret);
                        }));
                    }
                    start.countDown();
                    int refused = 0;
                    int busy = 0;
                    for (Future<java.net.http.HttpResponse<String>> answer : answers) {
                        java.net.http.HttpResponse<String> response = answer.get();
                        if (response.statusCode() == 503) {
                            busy++;
                            org.junit.jupiter.api.Assertions.assertTrue(response.body().contains("\"AUTH_BUSY\""),
                                    response.body());
                            assertEquals("1", response.headers().firstValue("Retry-After").orElse(""));
                        } else {
                            assertEquals(401, response.statusCode(), response.body());
                            refused++;
                        }
                    }
                    org.junit.jupiter.api.Assertions.assertTrue(busy >= 1 && refused >= 2,
                            "busy " + busy + ", refused " + refused);
                } finally {
                    pool.shutdownNow();
                }
                assertEquals(200, Http.get(url, TestKioskSecrets.auth()).statusCode(), "the real kiosk gets in afterwards");
            }
        }
    }

    /** A server with one authenticated route answering the kiosk id. */
    private static CentralServer whoAmIServer(Database db, KioskAuthenticator authenticator, MutableClock clock) {
        return CentralServer.builder()
                .catalogRepository(new LoadedCatalogRepository(TestCatalogs.bundled()))
                .kioskAuthentication(authenticator)
                .idempotency(new Idempotency(new IdempotencyStore(db.dataSource(), clock, Duration.ofMinutes(2))))
                .module(app -> app.get("/api/v1/test/whoami",
                        (Context ctx) -> ctx.result(KioskIdentity.of(ctx).kioskId())))
                .port(0)
                .build()
                .start();
    }

    /** Counts the connections the kiosk lookups take. */
    private static final class CountingDataSource implements DataSource {
        final AtomicInteger connections = new AtomicInteger();
        private final DataSource delegate;

        CountingDataSource(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            connections.incrementAndGet();
            return delegate.getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return delegate.isWrapperFor(type);
        }
    }
}
