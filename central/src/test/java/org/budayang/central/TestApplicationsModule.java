package org.budayang.central;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.identity.IdNumber;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.CentralModule;

/**
 * A feature module for the platform's tests: applications with an ID number and an item code,
 * validated like a real feature's records, counting how often each handler really ran (so that a
 * replayed idempotency key can be shown to run nothing). Described in openapi/test-applications.json.
 */
public final class TestApplicationsModule implements CentralModule {
    public static final String APPLICATIONS = "/api/v1/test/applications";
    public static final String CRASH = "/api/v1/test/crash";

    /** The request body; validated in the constructor like every API record. */
    public record Application(String idNumber, String itemCode, int copies) {
        public Application {
            IdNumber.parse(idNumber);
            if (itemCode == null || itemCode.isBlank()) {
                throw new IllegalArgumentException("Application.itemCode is required (an implementation code of "
                        + "the catalogue)");
            }
            if (copies < 1 || copies > 5) {
                throw new IllegalArgumentException("Application.copies: " + copies + " is out of range 1..5");
            }
        }
    }

    /** The response body. */
    public record Receipt(String applicationId, String kioskId, String maskedIdNumber, String itemCode) {
    }

    public final AtomicInteger applicationsRun = new AtomicInteger();
    public final AtomicInteger crashRuns = new AtomicInteger();
    public final AtomicBoolean crash = new AtomicBoolean();
    /** When set, the crash endpoint fails the way a server fault deep in a service may: IllegalArgumentException. */
    public final AtomicBoolean crashWithIllegalArgument = new AtomicBoolean();
    /** When set, each application waits for it (concurrency tests). */
    public final AtomicReference<CountDownLatch> gate = new AtomicReference<>();
    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
    private final Catalog catalog;

    public TestApplicationsModule(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void addRoutes(Javalin app) {
        app.post(APPLICATIONS, this::apply);
        app.get(APPLICATIONS + "/{applicationId}", this::find);
        app.post(CRASH, ctx -> {
            crashRuns.incrementAndGet();
            if (crash.get()) {
                throw new IllegalStateException("deliberate failure of the crash endpoint");
            }
            if (crashWithIllegalArgument.get()) {
                throw new IllegalArgumentException("deliberate internal argument failure: region 999999 not in table");
            }
            ctx.json(Map.of("ok", true));
        });
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/test-applications.json");
    }

    private void apply(Context ctx) throws InterruptedException {
        Application application = org.budayang.central.web.JsonBody.read(ctx, Application.class);
        if (catalog.find(application.itemCode()).isEmpty()) {
            throw new ApiException(404, "UNKNOWN_ITEM", "Item " + application.itemCode().substring(0,
                    Math.min(30, application.itemCode().length())) + " is not in the catalogue; use an "
                    + "implementationCode from GET /api/v1/catalog.", "未找到该事项，请返回首页重新选择。");
        }
        CountDownLatch wait = gate.get();
        int number = applicationsRun.incrementAndGet();
        if (wait != null && !wait.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        Receipt receipt = new Receipt("APP-" + number, KioskIdentity.of(ctx).kioskId(),
                IdNumber.mask(application.idNumber()), application.itemCode());
        receipts.put(receipt.applicationId(), receipt);
        ctx.status(201).json(receipt);
    }

    private void find(Context ctx) {
        Receipt receipt = receipts.get(ctx.pathParam("applicationId"));
        if (receipt == null) {
            throw new ApiException(404, "UNKNOWN_APPLICATION", "There is no application with this id.");
        }
        ctx.json(receipt);
    }
}
