package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.budayang.api.ApiPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.api.problem.Problem;
import org.budayang.central.Http;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thousands of mutated requests against every operation of the OpenAPI document (so a new module's
 * routes are fuzzed as soon as it describes them), from a fixed seed: never a 5xx, every error an
 * application/problem+json body with a code (or, where the OpenAPI document declares an HTML page for
 * that status, as for the public verify pages, an HTML page with a Content-Security-Policy and no
 * script), never a stack trace or a Java class name, and central still healthy afterwards. A failure
 * names the seed and the request index that reproduce it.
 */
class ApiFuzzTest {
    private static final Logger LOG = LoggerFactory.getLogger(ApiFuzzTest.class);
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final long SEED = 20261127L;
    private static final long MAX_BODY = 64 * 1024;
    private static final Pattern LEAK = Pattern.compile(
            "(?s).*(Exception|\\tat |java\\.|javax\\.|jakarta\\.|org\\.budayang|org\\.eclipse|com\\.fasterxml|io\\.javalin"
                    + "|kotlin\\.).*");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    @ParameterizedTest(name = "{0}: {1} requests")
    @CsvSource({"H2, 3000", "POSTGRESQL, 600"})
    void mutatedRequestsNeverBreakCentral(TestDatabases.Kind kind, int requests) throws Exception {
        Properties limits = new Properties();
        limits.setProperty("http.maxBodyBytes", String.valueOf(MAX_BODY));
        try (PlatformServer central = PlatformServer.start(kind, new MutableClock(Instant.now()), limits)) {
            ApiFuzzer fuzzer = new ApiFuzzer(central.server.openApi(), JSON, SEED + kind.ordinal(), MAX_BODY);
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                ApiFuzzer.Draft draft = fuzzer.next(i);
                String failure = check(central.url(), fuzzer, draft, statuses);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            LOG.info("Fuzzed {} requests on {}: statuses {}", requests, kind, statuses);
            assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " requests (seed " + SEED + ") "
                    + "broke a rule; first ones:\n" + String.join("\n", failures.subList(0, Math.min(15,
                    failures.size()))));
            assertTrue(statuses.keySet().stream().anyMatch(s -> s < 300), "some requests must succeed: " + statuses);
            assertTrue(statuses.keySet().stream().filter(s -> s >= 400).count() >= 6,
                    "the mutations reach many kinds of refusal: " + statuses);
            assertEquals(200, Http.get(central.url() + ApiPaths.HEALTH).statusCode(), "central still answers");
        }
    }

    private static String check(String base, ApiFuzzer fuzzer, ApiFuzzer.Draft draft,
                                Map<Integer, Integer> statuses) {
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request(base, draft), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null; // the JDK client itself refuses this request (e.g. a header it will not send)
        } catch (IOException e) {
            return draft.describe() + ": no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return draft.describe() + ": interrupted";
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            return draft.describe() + ": " + status + " " + abbreviate(response.body());
        }
        if (status < 400 || draft.method().equals("HEAD")) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html") && fuzzer.answersHtml(draft, status)) {
            return checkPage(draft, response);
        }
        if (!type.startsWith(Problem.MEDIA_TYPE)) {
            return draft.describe() + ": " + status + " with Content-Type '" + type + "'";
        }
        if (LEAK.matcher(response.body()).matches()) {
            return draft.describe() + ": " + status + " leaks internals: " + abbreviate(response.body());
        }
        try {
            Problem problem = JSON.readValue(response.body(), Problem.class);
            return problem.status() == status ? null
                    : draft.describe() + ": body status " + problem.status() + " != " + status;
        } catch (IOException | IllegalArgumentException e) {
            return draft.describe() + ": " + status + " body is not a problem: " + abbreviate(response.body());
        }
    }

    /** An error page for browsers: a whole HTML page, locked down, that echoes no script and leaks nothing. */
    private static String checkPage(ApiFuzzer.Draft draft, HttpResponse<String> response) {
        String page = response.body();
        String lower = page.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("<!doctype html") || !lower.contains("</html>")) {
            return draft.describe() + ": " + response.statusCode() + " is not a whole HTML page: " + abbreviate(page);
        }
        if (LEAK.matcher(page).matches()) {
            return draft.describe() + ": " + response.statusCode() + " page leaks internals: " + abbreviate(page);
        }
        if (lower.contains("<script")) {
            return draft.describe() + ": " + response.statusCode() + " page carries a script: " + abbreviate(page);
        }
        if (response.headers().firstValue("Content-Security-Policy").isEmpty()) {
            return draft.describe() + ": " + response.statusCode() + " page has no Content-Security-Policy";
        }
        return null;
    }

    private static HttpRequest request(String base, ApiFuzzer.Draft draft) {
        String uri = base + draft.path() + (draft.query().isEmpty() ? "" : "?" + draft.query());
        HttpRequest.BodyPublisher body = draft.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(draft.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10))
                .method(draft.method(), body);
        draft.headers().forEach(builder::header);
        return builder.build();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
