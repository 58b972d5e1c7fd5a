package org.budayang.central.console;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.DeviceState;
import org.budayang.central.console.auth.PasswordHasher;
import org.budayang.central.db.TestDatabases;

/**
 * bench/console.sh: (1) Argon2id hash and verify time at the production cost (64 MiB, t=3, p=1); (2) render time
 * of the kiosk list (first page, a status filter, a region filter, a late page) and the fleet overview over real
 * HTTP with 20,000 kiosks and their telemetry rows in the database. Prints p50 / p95 / max in ms.
 *
 * <p>{@code java -cp <test class path> org.budayang.central.console.ConsoleBench [HASHES=10] [REQUESTS=200]
 * [KIOSKS=20000] [h2|postgresql]}
 */
public final class ConsoleBench {
    private ConsoleBench() {
    }

    public static void main(String[] args) throws Exception {
        int hashes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int kiosks = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        TestDatabases.Kind kind = args.length > 3 ? TestDatabases.Kind.valueOf(args[3].toUpperCase(java.util.Locale.ROOT))
                : TestDatabases.Kind.H2;
        argon2(hashes);
        pages(kind, kiosks, requests);
        System.exit(0);
    }

    private static void argon2(int count) {
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.Cost.DEFAULT, new SecureRandom(), 1);
        String stored = hasher.hash("warm-up password");
        hasher.verify("warm-up password", stored);
        List<Double> hash = new ArrayList<>();
        List<Double> verify = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            String encoded = hasher.hash("bench password " + i);
            hash.add((System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            if (!hasher.verify("bench password " + i, encoded)) {
                throw new IllegalStateException("verify failed");
            }
            verify.add((System.nanoTime() - start) / 1e6);
        }
        System.out.println("argon2id m=65536 KiB t=3 p=1, " + count + " runs, one thread: hash " + stats(hash)
                + "; verify " + stats(verify));
    }

    private static void pages(TestDatabases.Kind kind, int kiosks, int requests) throws Exception {
        try (ConsoleServer central = ConsoleServer.start(kind)) {
            long start = System.nanoTime();
            List<String> ids = fill(central, kiosks);
            System.out.printf("database %s: %d kiosks inserted, their heartbeats stored through fleet-ops' "
                    + "HeartbeatRepository and alert engine, in %.1f s%n", kind, kiosks, (System.nanoTime() - start) / 1e9);
            central.addUser("bench.viewer", Role.VIEWER, "bench password 1");
            ConsoleHttp browser = new ConsoleHttp(central.server.url());
            if (browser.login("bench.viewer", "bench password 1").statusCode() != 303) {
                throw new IllegalStateException("login failed");
            }
            String[] paths = {"/console/kiosks", "/console/kiosks?status=offline", "/console/kiosks?region=620102",
                    "/console/kiosks?status=paper_out&page=5", "/console/kiosks?page=300", "/console/fleet"};
            for (String path : paths) {
                for (int i = 0; i < 20; i++) {
                    check(browser.get(path), path);
                }
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    // a heartbeat between requests, as a live fleet sends hundreds a second: the database cannot
                    // answer the page from a result it kept for unchanged tables (H2 reuses such results)
                    central.beat(ids.get((i * 7919) % ids.size()), FleetSample.beat(central,
                            FleetSample.printer(DeviceState.ONLINE, central.clock.instant())));
                    long t = System.nanoTime();
                    check(browser.get(path), path);
                    times.add((System.nanoTime() - t) / 1e6);
                }
                System.out.println("GET " + path + " (" + kiosks + " kiosks, " + requests + " requests, one client): "
                        + stats(times));
            }
        }
    }

    private static void check(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    /**
     * Kiosks over 60 counties of Gansu, all enrolled with certificates (enrolled_kiosks, 12-digit region ids: kiosk
     * secrets are gone, decision 0014), bulk-inserted (enrolment itself is not measured here); then one heartbeat
     * each through fleet-ops' HeartbeatRepository and AlertEngine, as the telemetry endpoint stores it: a tenth
     * silent for 10 minutes (KIOSK_SILENT), 5 % with the ID card reader OFFLINE (DEVICE_OFFLINE), 3 % out of paper
     * (PAPER_OUT); 1 % disabled or revoked.
     */
    private static List<String> fill(ConsoleServer central, int count) throws Exception {
        Instant now = ConsoleServer.START;
        List<String> ids = new ArrayList<>();
        try (Connection c = central.database.dataSource().getConnection();
             PreparedStatement enrolled = c.prepareStatement("INSERT INTO enrolled_kiosks (kiosk_id, name, "
                     + "region_code, site_type, address, host_organisation, contact, status, enrolled_at) VALUES (?, "
                     + "'bench kiosk', ?, 'BANK', '兰州市城关区张掖路1号', '工商银行张掖路支行', '值班员 0931-8888888', ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String county = String.format("62%02d%02d", 1 + i % 12, 1 + (i / 12) % 5);
                String number = String.format("%04d", 1000 + i / 60);
                String id = "KSK-" + county + "000000-" + number;
                enrolled.setString(1, id);
                enrolled.setString(2, county + "000000");
                enrolled.setString(3, i % 97 != 0 ? "ACTIVE" : "REVOKED");
                enrolled.setObject(4, now.atOffset(ZoneOffset.UTC));
                enrolled.addBatch();
                ids.add(id);
                if (i % 1000 == 999) {
                    enrolled.executeBatch();
                }
            }
            enrolled.executeBatch();
            c.commit();
        }
        central.at(now.minusSeconds(600));
        Instant lost = central.clock.instant();
        for (int i = 3; i < count; i += 10) {
            central.beat(ids.get(i), FleetSample.beat(central, FleetSample.printer(DeviceState.ONLINE, lost)));
        }
        central.at(now);
        for (int i = 0; i < count; i++) {
            if (i % 10 == 3) {
                continue;
            }
            DeviceHealth printer = i % 33 == 5 ? FleetSample.printer(DeviceState.HARDWARE_ERROR, lost, "PAPER_OUT")
                    : FleetSample.printer(DeviceState.ONLINE, lost);
            central.beat(ids.get(i), i % 20 == 1 ? FleetSample.beat(central, printer, new DeviceHealth("idCardReader",
                    DeviceState.OFFLINE, List.of(), "RESET", lost, null)) : FleetSample.beat(central, printer));
        }
        central.checkSilence();
        try (Connection c = central.database.dataSource().getConnection()) {
            if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                try (var analyze = c.createStatement()) {
                    // what autovacuum does shortly after a bulk load; without statistics the planner guesses
                    for (String table : new String[] {"enrolled_kiosks", "fleet_kiosk_state", "fleet_alerts",
                            "fleet_commands"}) {
                        analyze.execute("ANALYZE " + table);
                    }
                }
            }
        }
        return ids;
    }

    private static String stats(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }
}
