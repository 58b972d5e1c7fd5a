package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.api.json.ApiJson;
import org.budayang.api.problem.Problem;
import org.budayang.central.Http;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.TestApplicationsModule;
import org.budayang.central.TestKiosks;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of bad request becomes a precise application/problem+json answer. */
class ProblemMappingTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final AtomicInteger KEYS = new AtomicInteger();
    private static PlatformServer central;
    private static String url;

    @BeforeAll
    static void start() {
        Properties limits = new Properties();
        limits.setProperty("http.maxBodyBytes", "4096");
        central = PlatformServer.start(TestDatabases.Kind.H2, new MutableClock(Instant.now()), limits);
        url = central.url() + TestApplicationsModule.APPLICATIONS;
    }

    @AfterAll
    static void stop() {
        central.close();
    }

    private static Problem post(String body, int status, String code) throws IOException {
        return post(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), status, code);
    }

    private static Problem post(byte[] body, int status, String code, String... extra) throws IOException {
        String[] auth = TestKiosks.authWithKey("mapping-" + KEYS.incrementAndGet() + "-key");
        String[] headers = new String[auth.length + extra.length];
        System.arraycopy(auth, 0, headers, 0, auth.length);
        System.arraycopy(extra, 0, headers, auth.length, extra.length);
        HttpResponse<String> response = Http.sendBytes("POST", url, body, headers);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE),
                response.headers().toString());
        Problem problem = JSON.readValue(response.body(), Problem.class);
        assertEquals(code, problem.code(), response.body());
        assertEquals("urn:budayang:problem:" + code, problem.type());
        assertFalse(response.body().matches("(?s).*(Exception|java\\.|com\\.fasterxml|org\\.budayang|\\tat ).*"),
                response.body());
        return problem;
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Problem problem = post("{\n  \"idNumber\": \"11010519491231002X\",\n  \"itemCode\" 1\n}", 400, "MALFORMED_JSON");
        assertTrue(problem.detail().contains("line 3, column"), problem.detail());
        assertTrue(post("", 400, "MALFORMED_JSON").detail().contains("empty"));
        post("{\"idNumber\": \"1101", 400, "MALFORMED_JSON");
        post("[1, 2", 400, "INVALID_FIELD");
        post("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}", 413, "PAYLOAD_TOO_LARGE");
        assertTrue(post("{\"a\":" + "[".repeat(1500) + "]".repeat(1500) + "}", 400, "MALFORMED_JSON").detail()
                .contains("nesting depth"));
    }

    @Test
    void aWrongTypeNamesTheJsonPathAndWhatItExpects() throws IOException {
        Problem problem = post("{\"idNumber\":\"11010519491231002X\",\"itemCode\":\"x\",\"copies\":\"many\"}",
                400, "INVALID_FIELD");
        assertTrue(problem.detail().contains("'copies'") && problem.detail().contains("a number"), problem.detail());
        Problem object = post("{\"idNumber\":{\"a\":1},\"itemCode\":\"x\",\"copies\":1}", 400, "INVALID_FIELD");
        assertTrue(object.detail().contains("'idNumber'") && object.detail().contains("a string"), object.detail());
        Problem nullPrimitive = post("{\"idNumber\":\"11010519491231002X\",\"itemCode\":\"x\",\"copies\":null}",
                400, "INVALID_FIELD");
        assertTrue(nullPrimitive.detail().contains("'copies'"), nullPrimitive.detail());
        post("[1,2,3]", 400, "INVALID_FIELD");
    }

    @Test
    void aMissingFieldOrARefusedValueGivesTheRecordsOwnMessage() throws IOException {
        Problem missing = post("{\"idNumber\":\"11010519491231002X\",\"copies\":1}", 400, "INVALID_FIELD");
        assertTrue(missing.detail().contains("Application.itemCode is required"), missing.detail());
        Problem range = post("{\"idNumber\":\"11010519491231002X\",\"itemCode\":\"x\",\"copies\":9}", 400,
                "INVALID_FIELD");
        assertTrue(range.detail().contains("copies: 9 is out of range 1..5"), range.detail());
    }

    @Test
    void anInvalidIdNumberIsNamedMaskedWithTheChineseMessage() throws IOException {
        Problem problem = post("{\"idNumber\":\"110105194912310021\",\"itemCode\":\"x\",\"copies\":1}", 400,
                "INVALID_ID_NUMBER");
        assertEquals("身份证号码校验位不正确，请核对后重新输入。", problem.citizenMessage());
        assertFalse(problem.detail().contains("110105194912310021"), problem.detail());
        assertTrue(problem.detail().contains("110105********0021"), problem.detail());
    }

    @Test
    void anUnknownItemIs404WithTheHandlersCode() throws IOException {
        Problem problem = post("{\"idNumber\":\"11010519491231002X\",\"itemCode\":\"620102-NOPE\",\"copies\":1}",
                404, "UNKNOWN_ITEM");
        assertEquals("未找到该事项，请返回首页重新选择。", problem.citizenMessage());
        assertEquals(TestApplicationsModule.APPLICATIONS, problem.instance());
    }

    @Test
    void bodySizeAndContentTypeAreCheckedBeforeAnyHandler() throws IOException {
        Problem big = post(("{\"pad\":\"" + "x".repeat(5000) + "\"}").getBytes(), 413, "PAYLOAD_TOO_LARGE");
        assertTrue(big.detail().contains("at most 4096 bytes") && big.detail().contains("http.maxBodyBytes"),
                big.detail());
        Problem xml = post("<a/>".getBytes(), 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type", "application/xml");
        assertTrue(xml.detail().contains("'application/xml'"), xml.detail());
        post("{}".getBytes(), 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type", "application/json; charset=GBK");
        String chunked = Http.raw(central.server.port(), "POST " + TestApplicationsModule.APPLICATIONS
                + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        assertTrue(chunked.startsWith("HTTP/1.1 411"), chunked);
        assertTrue(chunked.contains("\"code\":\"LENGTH_REQUIRED\""), chunked);
        assertEquals(0, central.applications.applicationsRun.get());
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() throws IOException {
        HttpResponse<String> missing = Http.get(central.url() + "/api/v1/nothing-here", TestKiosks.auth());
        assertEquals(404, missing.statusCode());
        assertEquals("NOT_FOUND", JSON.readValue(missing.body(), Problem.class).code());
        HttpResponse<String> method = Http.send("DELETE", url, TestKiosks.authWithKey("delete-0001"));
        assertEquals(405, method.statusCode());
        assertEquals("METHOD_NOT_ALLOWED", JSON.readValue(method.body(), Problem.class).code());
        assertEquals("POST", method.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void anUnexpectedFailureIsA500WithAnIncidentAndNoDetailOfTheCause() throws IOException {
        central.applications.crash.set(true);
        try {
            HttpResponse<String> response = Http.sendBody("POST", central.url() + TestApplicationsModule.CRASH, "{}",
                    TestKiosks.authWithKey("crash-mapping-1"));
            assertEquals(500, response.statusCode());
            Problem problem = JSON.readValue(response.body(), Problem.class);
            assertEquals("INTERNAL_ERROR", problem.code());
            assertTrue(problem.instance().matches("urn:budayang:incident:[0-9a-f-]{36}"), problem.instance());
            assertEquals("系统暂时出现故障，请稍后再试或到窗口办理。", problem.citizenMessage());
            assertFalse(response.body().contains("deliberate") || response.body().contains("IllegalState"),
                    response.body());
        } finally {
            central.applications.crash.set(false);
        }
    }

    @Test
    void anIllegalArgumentFromInsideAServiceIsA500IncidentNotTheClientsFault() throws IOException {
        central.applications.crashWithIllegalArgument.set(true);
        try {
            HttpResponse<String> response = Http.sendBody("POST", central.url() + TestApplicationsModule.CRASH, "{}",
                    TestKiosks.authWithKey("crash-mapping-argument"));
            assertEquals(500, response.statusCode(), response.body());
            Problem problem = JSON.readValue(response.body(), Problem.class);
            assertEquals("INTERNAL_ERROR", problem.code());
            assertTrue(problem.instance().matches("urn:budayang:incident:[0-9a-f-]{36}"), problem.instance());
            assertFalse(response.body().contains("deliberate") || response.body().contains("999999"), response.body());
        } finally {
            central.applications.crashWithIllegalArgument.set(false);
        }
    }
}
