package org.budayang.kiosk.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.budayang.api.ApiPaths;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.health.HealthStatus;
import org.budayang.api.json.ApiJson;

/**
 * A real HTTP server on a free port that serves {@code /api/v1/catalog} and {@code /health} the way
 * central does (JSON from the records via {@link ApiJson}, ETag {@code "<version>"}, 304 on a matching
 * If-None-Match), plus scripted misbehaviour: an HTTP status, a raw body, or a hang. Close it after use.
 */
public final class TestCentral implements AutoCloseable {
    private final ObjectMapper json = ApiJson.mapper();
    private final Javalin app;
    private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Catalog catalog;
    private volatile int status = 200;
    private volatile String rawBody;
    private volatile boolean hang;
    private volatile String healthStatus = HealthStatus.UP;
    private volatile int notModifiedCount;

    public TestCentral(Catalog catalog) {
        this.catalog = catalog;
        this.app = Javalin.create(config -> config.showJavalinBanner = false)
                .get(ApiPaths.CATALOG, this::catalog)
                .get(ApiPaths.HEALTH, this::health)
                .start("127.0.0.1", 0);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    public int port() {
        return app.port();
    }

    /** Serves another catalogue from now on. */
    public void publish(Catalog newCatalog) {
        catalog = newCatalog;
    }

    /** Answers every request with this status (and a short text body) from now on. */
    public void failWith(int httpStatus) {
        status = httpStatus;
    }

    /** Answers 200 with this body instead of the catalogue. */
    public void answerRaw(String body) {
        rawBody = body;
    }

    /** Accepts requests but does not answer until {@link #close()}. */
    public void hang() {
        hang = true;
    }

    public void reportHealth(String newStatus) {
        healthStatus = newStatus;
    }

    /** The If-None-Match headers the catalogue requests carried, null for none. */
    public List<String> ifNoneMatchSeen() {
        return List.copyOf(ifNoneMatch);
    }

    public int notModifiedCount() {
        return notModifiedCount;
    }

    private void catalog(Context ctx) throws JsonProcessingException, InterruptedException {
        String header = ctx.header("If-None-Match");
        ifNoneMatch.add(header == null ? "null" : header);
        if (misbehave(ctx)) {
            return;
        }
        Catalog served = catalog;
        String etag = "\"" + served.version() + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(header)) {
            notModifiedCount++;
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(json.writeValueAsBytes(served));
    }

    private void health(Context ctx) throws JsonProcessingException, InterruptedException {
        if (misbehave(ctx)) {
            return;
        }
        ctx.contentType("application/json").result(json.writeValueAsBytes(
                new HealthStatus(healthStatus, "test", catalog.version(), Instant.now())));
    }

    private boolean misbehave(Context ctx) throws InterruptedException {
        if (hang) {
            release.await(30, TimeUnit.SECONDS);
        }
        if (status != 200) {
            ctx.status(status).result("central test failure " + status);
            return true;
        }
        if (rawBody != null) {
            ctx.contentType("application/json").result(rawBody);
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        release.countDown();
        app.stop();
    }
}
