package org.budayang.central.identity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.budayang.api.identity.IdentityPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.central.CentralServer;
import org.budayang.central.TestCatalogs;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.identity.face.FaceAnalyser;
import org.budayang.central.identity.face.FaceSettings;
import org.budayang.central.identity.face.LiveCaptureSimulator;
import org.budayang.central.identity.face.PortraitGenerator;
import org.budayang.central.identity.face.RegisteredFace;

/**
 * Benchmark and calibration tool (bench/identity.sh), not a test: prints (1) the score
 * distributions of same-person and other-person pairs and the error rates per threshold, (2) the
 * in-process comparison time, (3) p50/p95 of POST /api/v1/identity/face over HTTP on H2.
 */
public final class IdentityBench {
    private IdentityBench() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        distributions(people);
        http(requests);
    }

    private static void distributions(int people) throws IOException {
        PortraitGenerator portraits = new PortraitGenerator();
        LiveCaptureSimulator camera = new LiveCaptureSimulator();
        FaceAnalyser analyser = new FaceAnalyser(FaceSettings.DEFAULTS);
        List<Double> same = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        int notCompared = 0;
        for (int p = 0; p < people; p++) {
            long seed = 5_000_000L + p * 104_729L;
            RegisteredFace registered = analyser.register(portraits.portrait(seed));
            long otherSeed = 5_000_000L + ((p + 1 + p % 7) % people) * 104_729L;
            for (long[] pair : new long[][] {{seed, 1}, {otherSeed, 0}}) {
                BufferedImage capture = ImageIO.read(new ByteArrayInputStream(
                        camera.jpeg(pair[0], p * 17L + pair[1], LiveCaptureSimulator.Kind.GOOD)));
                long start = System.nanoTime();
                var result = analyser.compare(capture, registered);
                nanos.add(System.nanoTime() - start);
                if (result.detail() != null || result.reason().name().equals("NO_FACE")) {
                    notCompared++;
                    continue;
                }
                (pair[1] == 1 ? same : other).add(result.score());
            }
        }
        System.out.printf("pairs: %d same-person, %d other-person compared; %d captures not compared (quality)%n",
                same.size(), other.size(), notCompared);
        System.out.println("same-person  score " + summary(same));
        System.out.println("other-person score " + summary(other));
        System.out.println("histogram (bin: same | other)");
        for (int bin = 0; bin < 10; bin++) {
            double lo = bin / 10.0;
            double hi = lo + 0.1;
            System.out.printf("  %.1f-%.1f: %3d | %3d%n", lo, hi, count(same, lo, hi), count(other, lo, hi));
        }
        for (double t = 0.35; t <= 0.651; t += 0.05) {
            final double threshold = t;
            double frr = same.stream().filter(s -> s < threshold).count() / (double) same.size();
            double far = other.stream().filter(s -> s >= threshold).count() / (double) other.size();
            System.out.printf("threshold %.2f: false reject %.1f %%, false accept %.1f %%%n", t, frr * 100, far * 100);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("in-process compare (decoded 640x480): p50 %.1f ms, p95 %.1f ms over %d%n",
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 95 / 100] / 1e6, sorted.length);
    }

    private static void http(int requests) throws Exception {
        LiveCaptureSimulator camera = new LiveCaptureSimulator();
        try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
            CentralServer server = CentralServer.builder()
                    .catalogRepository(new LoadedCatalogRepository(TestCatalogs.bundled()))
                    .port(0)
                    .module(new IdentityModule(new DemoRegister(), new FaceCheckRepository(db.dataSource()),
                            IdentitySettings.DEFAULTS, Clock.systemUTC()))
                    .build()
                    .start();
            try {
                String url = server.url() + IdentityPaths.FACE;
                List<String> bodies = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    bodies.add(ApiJson.mapper().writeValueAsString(Map.of("idNumber", "620102195803150034",
                            "image", Base64.getEncoder().encodeToString(camera.jpeg(1001, i,
                                    LiveCaptureSimulator.Kind.GOOD)))));
                }
                for (int i = 0; i < 20; i++) {
                    IdentityHttp.post(url, bodies.get(i % bodies.size()));
                }
                long[] nanos = new long[requests];
                for (int i = 0; i < requests; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = IdentityHttp.post(url, bodies.get(i % bodies.size()));
                    nanos[i] = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("request " + i + " answered " + response.statusCode());
                    }
                }
                Arrays.sort(nanos);
                System.out.printf("POST %s (640x480 JPEG, H2, one client): p50 %.1f ms, p95 %.1f ms, max %.1f ms"
                        + " over %d requests%n", IdentityPaths.FACE, nanos[requests / 2] / 1e6,
                        nanos[requests * 95 / 100] / 1e6, nanos[requests - 1] / 1e6, requests);
            } finally {
                server.stop();
            }
        }
    }

    private static String summary(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("n=%d min %.3f p5 %.3f p50 %.3f p95 %.3f max %.3f", v.length, v[0], v[v.length / 20],
                v[v.length / 2], v[v.length * 19 / 20], v[v.length - 1]);
    }

    private static long count(List<Double> values, double lo, double hi) {
        return values.stream().filter(v -> v >= lo && (v < hi || hi >= 1.0)).count();
    }
}
