package org.budayang.central.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.CommandRequest;
import org.budayang.api.fleet.CommandType;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.central.CentralServer;
import org.budayang.central.Http;
import org.budayang.central.PlatformServer;
import org.budayang.central.TestCatalogs;
import org.budayang.central.TestFleet;
import org.budayang.central.TestKiosks;
import org.budayang.central.TestPlatform;
import org.budayang.central.auth.Access;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.web.CentralModule;
import org.junit.jupiter.api.Test;

/**
 * Fleet operations as {@code CentralMain} wires them beside fleet-trust: one ops authentication (token and user)
 * for every ops route, commands only for kiosks central knows (enrolled and active; never a revoked or unknown one,
 * nor a kiosk id of #4's secrets), and no ops route can be registered unguarded.
 */
class FleetOpsWiringTest {
    private static final String COMMAND = FleetFixture.json(new CommandRequest(CommandType.RELOAD_CATALOG, null, null, null,
            null));

    @Test
    void commandsGoToActiveEnrolledKiosksNeverToRevokedOrUnknownOnes() {
        try (PlatformServer central = PlatformServer.start(TestDatabases.Kind.H2, Clock.systemUTC())) {
            assertEquals(201, create(central, TestKiosks.KIOSK).statusCode(), "enrolled, active");
            HttpResponse<String> unknown = create(central, "KSK-620102000000-0999");
            assertEquals(404, unknown.statusCode());
            assertEquals("KIOSK_NOT_FOUND", FleetFixture.tree(unknown).get("code").asText());

            TestFleet.Kiosk revoked = TestFleet.enrol(central.url(), central.tlsUrl());
            assertEquals(201, create(central, revoked.kioskId()).statusCode(), "enrolled, active");
            assertEquals(200, Http.sendBody("POST", central.url() + "/api/v1/ops/kiosks/" + revoked.kioskId()
                    + "/revoke", "{}", TestFleet.ops("zhang.wei")).statusCode());
            assertEquals(404, create(central, revoked.kioskId()).statusCode(), "revoked");
        }
    }

    @Test
    void onlyEnrolledKiosksAreKnownAndEveryOpsRouteNeedsTokenAndUser() {
        try (PlatformServer central = PlatformServer.startMutualTlsOnly(TestDatabases.Kind.H2, Clock.systemUTC())) {
            assertEquals(404, create(central, "KSK-620102-0001").statusCode(), "a kiosk id of #4's secrets");
            for (String path : List.of(FleetPaths.OPS_ALERTS, FleetPaths.OPS_KIOSK_STATE.replace("{kioskId}",
                    TestKiosks.KIOSK), FleetPaths.OPS_KIOSK_COMMANDS.replace("{kioskId}", TestKiosks.KIOSK),
                    "/api/v1/ops/enrolment-codes")) {
                String url = central.url() + path;
                HttpResponse<String> noToken = Http.get(url);
                assertEquals(401, noToken.statusCode(), path);
                assertEquals("OPS_UNAUTHENTICATED", FleetFixture.tree(noToken).get("code").asText(), path);
                HttpResponse<String> noUser = Http.get(url, ApiHeaders.AUTHORIZATION,
                        ApiHeaders.BEARER_PREFIX + TestFleet.OPS_TOKEN);
                assertEquals(400, noUser.statusCode(), path);
                assertEquals("OPS_USER_MISSING", FleetFixture.tree(noUser).get("code").asText(), path);
                HttpResponse<String> badUser = Http.get(url, ApiHeaders.AUTHORIZATION,
                        ApiHeaders.BEARER_PREFIX + TestFleet.OPS_TOKEN, FleetPaths.OPS_USER_HEADER, "zhang wei;x");
                assertEquals(400, badUser.statusCode(), path);
                HttpResponse<String> ok = Http.get(url, TestFleet.ops("li.ming"));
                assertTrue(ok.statusCode() == 200 || ok.statusCode() == 404, path + ": " + ok.body());
                assertTrue(!ok.body().contains("OPS_"), path + ": " + ok.body());
            }
        }
    }

    @Test
    void anOpsRouteRegisteredWithoutAccessOpsStopsTheStart() {
        Database database = TestDatabases.fresh(TestDatabases.Kind.H2);
        CentralModule careless = new CentralModule() {
            @Override
            public void addRoutes(io.javalin.Javalin app) {
                app.get("/api/v1/ops/careless", ctx -> ctx.result("open"), Access.PUBLIC);
            }
        };
        CentralServer server = TestPlatform.secured(database, Clock.systemUTC())
                .catalogRepository(new LoadedCatalogRepository(TestCatalogs.bundled())).port(0)
                .closeOnStop(database).module(careless).build();
        IllegalStateException refused = assertThrows(IllegalStateException.class, server::start);
        assertTrue(refused.getMessage().contains("/api/v1/ops/careless")
                && refused.getMessage().contains("Access.OPS"), refused.getMessage());
        assertThrows(IllegalStateException.class, server::port, "not listening");
    }

    private static HttpResponse<String> create(PlatformServer central, String kioskId) {
        return Http.sendBody("POST", central.url() + FleetPaths.OPS_KIOSK_COMMANDS.replace("{kioskId}", kioskId),
                COMMAND, TestFleet.ops("wang.fang"));
    }
}
