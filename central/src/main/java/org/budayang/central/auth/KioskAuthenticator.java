package org.budayang.central.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.budayang.api.ApiHeaders;
import org.budayang.central.web.ApiException;

/**
 * Authenticates the kiosk of every matched {@code /api/v1} route that is not {@link Access#PUBLIC}. With
 * {@link #withCertificates} (mutual TLS, decision 0014) a request that carries a client certificate is
 * mapped to its kiosk by {@link CertificateAuthentication} and nothing else is looked at; a request without
 * one is refused with {@code KIOSK_CERTIFICATE_MISSING} unless kiosk secrets are still accepted beside
 * certificates (the transition, {@code acceptSecrets}). The secret path of #4:
 * {@code X-Budayang-Kiosk: <kioskId>} and {@code Authorization: Bearer <secret>}, checked against
 * the PBKDF2 hash in the {@code kiosks} table. An unknown kiosk and a wrong secret get the same
 * 401 answer, after the same PBKDF2 work. Because PBKDF2 is deliberately slow, a verified
 * (kiosk, SHA-256 of the secret) pair is remembered for {@code cacheTtl} together with the stored hash it
 * was verified against; after that the kiosk's row is read again (a disabled kiosk or a rotated secret
 * takes effect then), and PBKDF2 runs again only when the stored hash changed — so a busy kiosk never
 * stalls on a periodic re-hash. Failures are never cached; concurrent requests with the same credentials
 * share one verification. At most {@code maxConcurrentHashes} PBKDF2 verifications run at once; a request that
 * cannot start one within {@code hashWait} is answered 503 {@code AUTH_BUSY} with {@code Retry-After}, so that
 * unauthenticated clients guessing secrets cannot take every core.
 */
public final class KioskAuthenticator implements Handler {
    public static final String CHALLENGE = "Bearer realm=\"budayang-kiosk\"";
    static final String CODE = "KIOSK_UNAUTHENTICATED";
    static final String MISSING_CODE = "KIOSK_CERTIFICATE_MISSING";
    private static final String CERTIFICATES_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
    private static final int MAX_SECRET_LENGTH = 256;
    private static final int CACHE_LIMIT = 10_000;
    static final String BUSY_CODE = "AUTH_BUSY";
    /** PBKDF2 verifications that may run at once (each takes about 0.25 s of one core). */
    public static final int DEFAULT_MAX_CONCURRENT_HASHES = 2;
    public static final Duration DEFAULT_HASH_WAIT = Duration.ofMillis(300);
    private static final String RETRY_AFTER_SECONDS = "1";

    private final KioskRepository kiosks;
    private final Clock clock;
    private final Duration cacheTtl;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Boolean>> verifying = new ConcurrentHashMap<>();
    private final Semaphore hashing;
    private final Duration hashWait;
    private final CertificateAuthentication certificates;
    private final boolean acceptSecrets;

    public KioskAuthenticator(KioskRepository kiosks, Clock clock, Duration cacheTtl) {
        this(kiosks, clock, cacheTtl, DEFAULT_MAX_CONCURRENT_HASHES, DEFAULT_HASH_WAIT);
    }

    public KioskAuthenticator(KioskRepository kiosks, Clock clock, Duration cacheTtl, int maxConcurrentHashes,
                              Duration hashWait) {
        this.kiosks = Objects.requireNonNull(kiosks, "kiosks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
        if (maxConcurrentHashes < 1) {
            throw new IllegalArgumentException("KioskAuthenticator.maxConcurrentHashes: " + maxConcurrentHashes
                    + " must be at least 1");
        }
        this.hashing = new Semaphore(maxConcurrentHashes);
        this.hashWait = Objects.requireNonNull(hashWait, "hashWait");
        this.certificates = null;
        this.acceptSecrets = true;
    }

    private KioskAuthenticator(KioskAuthenticator secrets, CertificateAuthentication certificates,
                               boolean acceptSecrets) {
        this.kiosks = secrets.kiosks;
        this.clock = secrets.clock;
        this.cacheTtl = secrets.cacheTtl;
        this.hashing = secrets.hashing;
        this.hashWait = secrets.hashWait;
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.acceptSecrets = acceptSecrets;
    }

    /**
     * This authenticator with client certificates: a request with one is authenticated by {@code certificates}
     * alone; one without is refused unless {@code acceptSecrets} (then the kiosk secret of #4 still works).
     */
    public KioskAuthenticator withCertificates(CertificateAuthentication certificates, boolean acceptSecrets) {
        return new KioskAuthenticator(this, certificates, acceptSecrets);
    }

    /** A secret verified against {@code against} (the kiosk's stored hash then), trusted until {@code until}. */
    private record Verified(long until, SecretHash against) {
    }

    /** An unknown kiosk costs the same PBKDF2 work as a known one, so timing tells nothing. */
    private static final class Decoy {
        static final SecretHash HASH = SecretHash.create("decoy", SecretHash.DEFAULT_ITERATIONS, new SecureRandom());
    }

    @Override
    public void handle(Context ctx) {
        if (!ctx.path().startsWith("/api/") || ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        if (certificates != null) {
            Object chain = ctx.req().getAttribute(CERTIFICATES_ATTRIBUTE);
            if (chain instanceof java.security.cert.X509Certificate[] presented && presented.length > 0) {
                KioskIdentity.set(ctx, new KioskIdentity(certificates.kioskOf(presented[0])));
                return;
            }
            if (!acceptSecrets) {
                ctx.header("WWW-Authenticate", "Mutual-TLS realm=\"budayang-kiosk\"");
                throw new ApiException(401, MISSING_CODE, ctx.scheme().equals("https")
                        ? "No client certificate was presented; every /api/v1 kiosk route needs the kiosk's "
                        + "certificate from enrolment (POST /api/v1/enrol) in the TLS handshake."
                        : "Kiosk routes are served over mutual TLS only; call central's TLS port (https) with "
                        + "the kiosk's certificate from enrolment (POST /api/v1/enrol).", null);
            }
        }
        String kioskId = ctx.header(ApiHeaders.KIOSK_ID);
        String authorization = ctx.header(ApiHeaders.AUTHORIZATION);
        if (kioskId == null || kioskId.isBlank()) {
            throw refused(ctx, "Header " + ApiHeaders.KIOSK_ID + " is missing; every /api/v1 call except the public "
                    + "catalogue names the kiosk (e.g. KSK-620102-0001) and sends Authorization: Bearer <secret>.");
        }
        if (authorization == null || !authorization.startsWith(ApiHeaders.BEARER_PREFIX)) {
            throw refused(ctx, "Header " + ApiHeaders.AUTHORIZATION + " is missing or not 'Bearer <secret>'; send "
                    + "the kiosk's secret issued by 'central issue-kiosk-secret'.");
        }
        String secret = authorization.substring(ApiHeaders.BEARER_PREFIX.length()).strip();
        if (!KioskId.isValid(kioskId) || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            throw refused(ctx, "The kiosk credentials are malformed: " + ApiHeaders.KIOSK_ID + " must be "
                    + KioskId.FORMAT + " and the bearer secret 1.." + MAX_SECRET_LENGTH + " characters.");
        }
        if (!accepted(ctx, kioskId, secret)) {
            throw refused(ctx, "The kiosk credentials were not accepted: the kiosk is not enrolled or its secret is "
                    + "wrong. Check kiosk.<kioskId>.secretHash in central's configuration against the kiosk's secret.");
        }
        KioskIdentity.set(ctx, new KioskIdentity(kioskId));
    }

    private boolean accepted(Context ctx, String kioskId, String secret) {
        String cacheKey = kioskId + ':' + digest(secret);
        long now = clock.millis();
        Verified earlier = verified.get(cacheKey);
        if (earlier != null && earlier.until() > now) {
            return true;
        }
        // single flight: concurrent requests with the same credentials wait for one PBKDF2 computation
        // instead of each starting its own (a kiosk opening several connections at once, a flood of one guess)
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = verifying.putIfAbsent(cacheKey, mine);
        if (running != null) {
            return await(running);
        }
        try {
            Optional<SecretHash> stored = kiosks.enabledSecret(kioskId);
            boolean unchanged = earlier != null && stored.isPresent() && stored.get().equals(earlier.against());
            boolean matches = unchanged || (hash(ctx, stored.orElse(Decoy.HASH), secret) && stored.isPresent());
            if (matches) {
                if (verified.size() >= CACHE_LIMIT) {
                    verified.clear();
                }
                verified.put(cacheKey, new Verified(clock.millis() + cacheTtl.toMillis(), stored.get()));
            } else if (earlier != null) {
                verified.remove(cacheKey);
            }
            mine.complete(matches);
            return matches;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            verifying.remove(cacheKey, mine);
        }
    }

    /** Runs one PBKDF2 verification under the concurrency bound; 503 AUTH_BUSY when no slot frees in time. */
    private boolean hash(Context ctx, SecretHash against, String secret) {
        boolean acquired;
        try {
            acquired = hashing.tryAcquire(hashWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            throw new ApiException(503, BUSY_CODE, "Central is verifying as many kiosk secrets as it allows at once ("
                    + "PBKDF2); repeat the request after " + RETRY_AFTER_SECONDS + " s (Retry-After).",
                    "系统繁忙，请稍后再试。");
        }
        try {
            return against.matches(secret);
        } finally {
            hashing.release();
        }
    }

    private static boolean await(CompletableFuture<Boolean> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    private static ApiException refused(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", CHALLENGE);
        return new ApiException(401, CODE, detail, null);
    }
}
