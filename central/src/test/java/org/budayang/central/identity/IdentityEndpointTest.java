package org.budayang.central.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.budayang.api.identity.FaceCheckReason;
import org.budayang.api.identity.FaceCheckResult;
import org.budayang.api.identity.IdCardCheckReason;
import org.budayang.api.identity.IdCardCheckResult;
import org.budayang.api.identity.IdentityPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.central.CentralServer;
import org.budayang.central.TestCatalogs;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.identity.face.LiveCaptureSimulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The identity endpoints over HTTP on a real server, on H2 and on PostgreSQL, with real JPEGs. */
class IdentityEndpointTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
    private static final LiveCaptureSimulator CAMERA = new LiveCaptureSimulator();

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void idCardsAreCheckedAgainstTheRegister(TestDatabases.Kind kind) throws IOException {
        try (Database db = TestDatabases.fresh(kind); Running central = start(db)) {
            assertEquals(IdCardCheckReason.VERIFIED, card(central, "620102195803150034", "张三", "2015-04-01",
                    "2035-04-01").reason());
            assertEquals(IdCardCheckReason.VERIFIED, card(central, "622901194402200015", "马福祥", "2010-05-06",
                    null).reason(), "a long-term (长期) card");
            assertEquals(IdCardCheckReason.NAME_MISMATCH, card(central, "620102195803150034", "张山", "2015-04-01",
                    "2035-04-01").reason());
            assertEquals(IdCardCheckReason.CARD_EXPIRED, card(central, "620105200102030059", "王小明", "2017-02-03",
                    "2022-02-03").reason());
            IdCardCheckResult replaced = card(central, "620102195803150034", "张三", "2005-04-01", "2015-04-01");
            assertEquals(IdCardCheckReason.CARD_NOT_CURRENT, replaced.reason());
            assertFalse(replaced.verified());
            assertTrue(replaced.citizenMessage().contains("失效"), replaced.citizenMessage());
            assertEquals(IdCardCheckReason.UNKNOWN_PERSON, card(central, "11010519491231002X", "某人", "2015-04-01",
                    "2035-04-01").reason());

            HttpResponse<String> invalid = IdentityHttp.post(central.url(IdentityPaths.ID_CARD),
                    cardJson("620102195803150035", "张三", "2015-04-01", "2035-04-01"));
            assertError(invalid, 400, "INVALID_ID_NUMBER");
            assertTrue(invalid.body().contains("620102********0035"), "the number is masked: " + invalid.body());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void facesAreComparedAndTheResultStoredWithoutTheImage(TestDatabases.Kind kind) throws IOException {
        try (Database db = TestDatabases.fresh(kind); Running central = start(db)) {
            long zhangSan = DemoRegister.ZHANG_SAN.photoSeed();
            FaceCheckResult match = face(central, "620102195803150034", CAMERA.jpeg(zhangSan, 11,
                    LiveCaptureSimulator.Kind.GOOD));
            assertEquals(FaceCheckReason.MATCH, match.reason(), "score " + match.score());
            assertTrue(match.matched() && match.score() >= 0.5, "score " + match.score());
            FaceCheck stored = central.results.faceCheck(match.verificationId()).orElseThrow();
            assertEquals("620102195803150034", stored.idNumber());
            assertTrue(stored.matched());
            assertEquals(match.score(), stored.score(), 1e-9);
            assertEquals(CLOCK.instant(), stored.at());

            FaceCheckResult other = face(central, "620102195803150034", CAMERA.jpeg(zhangSan, 12,
                    LiveCaptureSimulator.Kind.SOMEONE_ELSE));
            assertEquals(FaceCheckReason.MISMATCH, other.reason(), "score " + other.score());
            assertFalse(central.results.faceCheck(other.verificationId()).orElseThrow().matched());

            FaceCheckResult dark = face(central, "620102195803150034", CAMERA.jpeg(zhangSan, 13,
                    LiveCaptureSimulator.Kind.TOO_DARK));
            assertEquals(FaceCheckReason.LOW_QUALITY, dark.reason());
            assertEquals("TOO_DARK", dark.detail().name());
            assertTrue(dark.citizenMessage().startsWith("光线太暗"), dark.citizenMessage());
            assertEquals("LOW_QUALITY", central.results.faceCheck(dark.verificationId()).orElseThrow().reason());

            FaceCheckResult empty = face(central, "620102195803150034", CAMERA.jpeg(zhangSan, 14,
                    LiveCaptureSimulator.Kind.EMPTY_SCENE));
            assertEquals(FaceCheckReason.NO_FACE, empty.reason());
            assertTrue(empty.citizenMessage().contains("请正对屏幕"), empty.citizenMessage());

            FaceCheckResult unknown = face(central, "11010519491231002X", CAMERA.jpeg(zhangSan, 11,
                    LiveCaptureSimulator.Kind.GOOD));
            assertEquals(FaceCheckReason.UNKNOWN_PERSON, unknown.reason());
            assertTrue(central.results.faceCheck("no-such-id").isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void hostileImagesAreRefusedWith4xx(TestDatabases.Kind kind) throws Exception {
        try (Database db = TestDatabases.fresh(kind); Running central = start(db)) {
            String url = central.url(IdentityPaths.FACE);
            String id = "620102195803150034";
            assertError(IdentityHttp.post(url, faceJson(id, "")), 400, "INVALID_IMAGE");
            assertError(IdentityHttp.post(url, faceJson(id, "%%%not base64%%%")), 400, "INVALID_IMAGE");
            assertError(IdentityHttp.post(url, faceJson(id, Base64.getEncoder().encodeToString(
                    "GIF89a this is not a face".getBytes()))), 400, "INVALID_IMAGE");
            byte[] truncated = java.util.Arrays.copyOf(CAMERA.jpeg(1001, 1, LiveCaptureSimulator.Kind.GOOD), 600);
            assertError(IdentityHttp.post(url, faceJson(id, b64(truncated))), 400, "INVALID_IMAGE");
            assertError(IdentityHttp.post(url, faceJson(id, b64(pngClaiming(40_000, 40_000)))), 400,
                    "IMAGE_DIMENSIONS");
            assertError(IdentityHttp.post(url, faceJson(id, b64(new byte[700 * 1024]))), 413, "IMAGE_TOO_LARGE");
            assertError(IdentityHttp.post(url, faceJson("62010219580315003", b64(CAMERA.jpeg(1001, 1,
                    LiveCaptureSimulator.Kind.GOOD)))), 400, "INVALID_ID_NUMBER");
            try (var connection = db.dataSource().getConnection();
                 var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM face_checks")) {
                rows.next();
                assertEquals(0, rows.getInt(1), "refused requests store nothing");
            }
        }
    }

    /** A real 64×64 PNG whose header is rewritten to claim width × height (CRC fixed): a decompression bomb's header. */
    static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        writeInt(png, 16, width);
        writeInt(png, 20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        writeInt(png, 29, (int) crc.getValue());
        return png;
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(code, body.path("code").asText(), response.body());
    }

    private static IdCardCheckResult card(Running central, String id, String name, String from, String to)
            throws IOException {
        HttpResponse<String> response = IdentityHttp.post(central.url(IdentityPaths.ID_CARD), cardJson(id, name, from,
                to));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readValue(response.body(), IdCardCheckResult.class);
    }

    private static FaceCheckResult face(Running central, String id, byte[] jpeg) throws IOException {
        HttpResponse<String> response = IdentityHttp.post(central.url(IdentityPaths.FACE), faceJson(id, b64(jpeg)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readValue(response.body(), FaceCheckResult.class);
    }

    private static String cardJson(String id, String name, String from, String to) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idNumber", id);
        body.put("name", name);
        body.put("validFrom", from);
        body.put("validTo", to);
        return JSON.writeValueAsString(body);
    }

    private static String faceJson(String id, String image) throws IOException {
        return JSON.writeValueAsString(Map.of("idNumber", id, "image", image));
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Running start(Database db) {
        FaceCheckRepository results = new FaceCheckRepository(db.dataSource());
        IdentityModule module = new IdentityModule(new DemoRegister(), results, IdentitySettings.DEFAULTS, CLOCK);
        CentralServer server = CentralServer.builder()
                .catalogRepository(new LoadedCatalogRepository(TestCatalogs.bundled()))
                .clock(CLOCK)
                .port(0)
                .module(module)
                .build()
                .start();
        return new Running(server, results);
    }

    private record Running(CentralServer server, FaceCheckRepository results) implements AutoCloseable {
        String url(String path) {
            return server.url() + path;
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}
