package org.budayang.central.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.budayang.api.ApiHeaders;
import org.budayang.central.TestKiosks;
import org.budayang.central.openapi.OpenApiDocument;

/**
 * Generates mutated requests for the operations of an OpenAPI document, deterministically from a
 * seed and the request's index: a plausible request built from the schemas, then one to three
 * mutations (random bytes, truncated / deeply nested / oversized JSON, wrong types, missing fields,
 * invalid ID numbers, unknown item codes, odd headers and methods, bad credentials, replayed
 * idempotency keys, odd paths and queries).
 */
final class ApiFuzzer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"};
    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "application/json; charset=GBK",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "", "application/json;;;",
            "application/problem+json", "*/*"};

    /** A request to send for {@code operation}; {@code body} null means none. */
    record Draft(int index, OpenApiDocument.Operation operation, String method, String path, String query,
                 Map<String, String> headers, byte[] body, List<String> mutations) {
        String describe() {
            return "#" + index + " " + method + " " + path + (query.isEmpty() ? "" : "?" + query) + " "
                    + mutations;
        }
    }

    private final OpenApiDocument document;
    private final List<OpenApiDocument.Operation> operations;
    private final ObjectMapper json;
    private final long seed;
    private final long maxBodyBytes;
    private final List<String> usedKeys = new ArrayList<>();
    /** The seeded demo citizens (docs/sandbox/demo-citizens.md): ID number and name, so requests reach the services. */
    private static final String[][] DEMO_CITIZENS = {{"620102195803150034", "张三"}, {"620103196512080049", "李秀英"},
            {"622901194402200015", "马福祥"}, {"623001198807110026", "卓玛"}, {"620105200102030059", "王小明"},
            {"620102193501010010", "赵德胜"}};
    /** Items that take applications, and some that answer queries. */
    private static final String[] ITEMS = {"QT00012001", "QT00013001", "GG00042001", "GG00031001", "JF00033001",
            "GG00041001"};

    ApiFuzzer(OpenApiDocument document, ObjectMapper json, long seed, long maxBodyBytes) {
        this.document = document;
        this.operations = document.operations();
        this.json = json;
        this.seed = seed;
        this.maxBodyBytes = maxBodyBytes;
    }

    Draft next(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        OpenApiDocument.Operation operation = operations.get(random.nextInt(operations.size()));
        JsonNode spec = document.operation(operation.method(), operation.path());
        SampleJson samples = new SampleJson(document, random);
        Map<String, String> headers = new LinkedHashMap<>();
        String[] auth = TestKiosks.auth();
        for (int i = 0; i < auth.length; i += 2) {
            headers.put(auth[i], auth[i + 1]);
        }
        String key = "fz" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        headers.put(ApiHeaders.IDEMPOTENCY_KEY, key);
        headers.put("Content-Type", "application/json");
        JsonNode bodySchema = spec.path("requestBody").path("content").path("application/json").path("schema");
        JsonNode body = bodySchema.isMissingNode() ? null : samples.valid(bodySchema, null, 0);
        String path = fillPath(operation.path(), spec, samples);
        String query = "";
        List<String> mutations = new ArrayList<>();
        byte[] raw = null;
        if (body == null && spec.path("requestBody").path("content").has("application/pdf")) {
            // the public verify upload: something that starts like a PDF, so the verifier itself is reached
            headers.put("Content-Type", "application/pdf");
            byte[] tail = new byte[random.nextInt(2000)];
            random.nextBytes(tail);
            raw = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), tail);
        }
        if (body instanceof ObjectNode object && random.nextInt(100) < 40) {
            String[] citizen = DEMO_CITIZENS[random.nextInt(DEMO_CITIZENS.length)];
            fieldLike(object, "idnumber", "certno").ifPresent(field -> object.put(field, citizen[0]));
            fieldLike(object, "applicantname", "name").ifPresent(field -> object.put(field, citizen[1]));
            if (object.has("itemCode")) {
                object.put("itemCode", ITEMS[random.nextInt(ITEMS.length)]);
            }
            for (String letter : new String[] {"commitment", "deferral"}) {
                if (object.get(letter) instanceof ObjectNode signed) {
                    // signed in this session, so that the application passes the letter check and is stored
                    signed.put("signedAt", java.time.Instant.now().minusSeconds(30).toString());
                }
            }
            mutations.add("demo-citizen");
        }
        if (body instanceof ObjectNode object && object.get("form") instanceof ObjectNode form
                && random.nextInt(100) < 40) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    form.put("purpose", "就业").put("useUnit", "甘肃弘毅建设工程有限公司").put("extra" + random.nextInt(9), "x");
                    mutations.add("form-extra-key");
                }
                case 1 -> {
                    form.put(random.nextBoolean() ? "useUnit" : "address", "兰州市城关区".repeat(50 + random.nextInt(2000)));
                    mutations.add("form-oversized-value");
                }
                default -> {
                    for (int k = 0; k < 50 + random.nextInt(300); k++) {
                        form.put("k" + k, "v".repeat(random.nextInt(40)));
                    }
                    mutations.add("form-many-keys");
                }
            }
        }
        if (body instanceof ObjectNode object && object.has("materialsProvided") && random.nextInt(100) < 25) {
            com.fasterxml.jackson.databind.node.ArrayNode materials = object.putArray("materialsProvided");
            for (int k = 0; k < 1 + random.nextInt(random.nextBoolean() ? 5 : 400); k++) {
                materials.add(random.nextBoolean() ? "居民身份证" : "居民户口簿");
            }
            mutations.add("materials-repeated-" + materials.size());
        }
        String method = operation.method();
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            int kind = random.nextInt(100);
            if (kind < 8) {
                raw = new byte[random.nextInt(400)];
                random.nextBytes(raw);
                mutations.add("random-bytes");
            } else if (kind < 16 && body != null) {
                byte[] whole = bytes(body);
                raw = java.util.Arrays.copyOf(whole, random.nextInt(Math.max(1, whole.length)));
                mutations.add("truncated");
            } else if (kind < 21) {
                int depth = 500 + random.nextInt(3000);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                raw = (open.repeat(depth) + "1").getBytes(StandardCharsets.US_ASCII);
                mutations.add("deep-nested-" + depth);
            } else if (kind < 24) {
                raw = ("{\"pad\":\"" + "x".repeat((int) maxBodyBytes + random.nextInt(20_000)) + "\"}")
                        .getBytes(StandardCharsets.US_ASCII);
                mutations.add("oversized");
            } else if (kind < 40 && body instanceof ObjectNode object && object.size() > 0) {
                String field = pickField(object, random);
                object.set(field, wrongValue(random));
                mutations.add("wrong-type:" + field);
            } else if (kind < 50 && body instanceof ObjectNode object && object.size() > 0) {
                String field = pickField(object, random);
                object.remove(field);
                mutations.add("missing:" + field);
            } else if (kind < 60 && body instanceof ObjectNode object) {
                String field = fieldLike(object, "idnumber", "certno").orElse("idNumber");
                object.put(field, invalidIdNumber(random));
                mutations.add("invalid-id:" + field);
            } else if (kind < 66 && body instanceof ObjectNode object) {
                String field = fieldLike(object, "itemcode", "implementationcode").orElse("itemCode");
                object.put(field, "620102-" + Long.toString(random.nextLong() & 0xffffffL, 36).toUpperCase());
                mutations.add("unknown-item:" + field);
            } else if (kind < 72) {
                oddHeader(headers, random);
                mutations.add("odd-header");
            } else if (kind < 77) {
                method = METHODS[random.nextInt(METHODS.length)];
                mutations.add("method:" + method);
            } else if (kind < 84) {
                badAuth(headers, random);
                mutations.add("bad-auth");
            } else if (kind < 91 && !usedKeys.isEmpty()) {
                headers.put(ApiHeaders.IDEMPOTENCY_KEY, usedKeys.get(random.nextInt(usedKeys.size())));
                mutations.add("replayed-key");
            } else if (kind < 96) {
                path = oddPath(path, random);
                mutations.add("odd-path");
            } else {
                query = "department=" + URLEncoder.encode(oddText(random), StandardCharsets.UTF_8) + "&x="
                        + URLEncoder.encode(SampleJson.validIdNumber(random), StandardCharsets.UTF_8);
                mutations.add("odd-query");
            }
        }
        usedKeys.add(headers.getOrDefault(ApiHeaders.IDEMPOTENCY_KEY, key));
        if (usedKeys.size() > 50) {
            usedKeys.remove(0);
        }
        byte[] payload = raw != null ? raw : body == null ? null : bytes(body);
        return new Draft(index, operation, method, path, query, headers, payload, List.copyOf(mutations));
    }

    /**
     * Whether the OpenAPI document lets the draft's route answer {@code status} as an HTML page (the
     * public verify pages do, for browsers): the response of that status declares {@code text/html}
     * content, in the operation of the method sent or, when that method is not described on the
     * route, of the operation the draft was made for.
     */
    boolean answersHtml(Draft draft, int status) {
        JsonNode spec = document.operation(draft.method(), draft.operation().path());
        if (spec.isMissingNode()) {
            spec = document.operation(draft.operation().method(), draft.operation().path());
        }
        JsonNode response = document.resolve(spec.path("responses").path(String.valueOf(status)));
        return response.path("content").has("text/html");
    }

    private String fillPath(String template, JsonNode spec, SampleJson samples) {
        String path = template;
        for (JsonNode parameter : spec.path("parameters")) {
            JsonNode resolved = document.resolve(parameter);
            if ("path".equals(resolved.path("in").asText())) {
                String name = resolved.path("name").asText();
                JsonNode value = samples.valid(resolved.path("schema"), name, 0);
                path = path.replace("{" + name + "}", URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
            }
        }
        return path.replaceAll("\\{[^}]+}", "x1");
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a sample body", e);
        }
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static String pickField(ObjectNode object, Random random) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.get(random.nextInt(names.size()));
    }

    private static java.util.Optional<String> fieldLike(ObjectNode object, String... hints) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            for (String hint : hints) {
                if (name.toLowerCase(java.util.Locale.ROOT).contains(hint)) {
                    return java.util.Optional.of(name);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static JsonNode wrongValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.textNode(oddText(random));
            case 3 -> NODES.booleanNode(true);
            case 4 -> NODES.objectNode().put("nested", 1);
            case 5 -> {
                ArrayNode array = NODES.arrayNode();
                array.add(1).add("two");
                yield array;
            }
            case 6 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            default -> NODES.numberNode(-1);
        };
    }

    private static String invalidIdNumber(Random random) {
        String valid = SampleJson.validIdNumber(random);
        return switch (random.nextInt(6)) {
            case 0 -> valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
            case 1 -> valid.substring(0, 17);
            case 2 -> valid.substring(0, 6) + "19991341" + valid.substring(14);
            case 3 -> valid.replace('1', 'A');
            case 4 -> " ";
            default -> valid + "9";
        };
    }

    private static void oddHeader(Map<String, String> headers, Random random) {
        switch (random.nextInt(5)) {
            case 0 -> headers.put("Content-Type", CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]);
            case 1 -> headers.put("X-Filler", "y".repeat(1 + random.nextInt(6000)));
            case 2 -> headers.put("Accept", "application/xml;q=0.9, */*;q=0");
            case 3 -> headers.put("If-None-Match", "\"" + oddText(random).replace("\"", "") + "\"");
            default -> headers.remove("Content-Type");
        }
    }

    private static void badAuth(Map<String, String> headers, Random random) {
        switch (random.nextInt(6)) {
            case 0 -> headers.remove(ApiHeaders.KIOSK_ID);
            case 1 -> headers.remove(ApiHeaders.AUTHORIZATION);
            case 2 -> headers.put(ApiHeaders.KIOSK_ID, "KSK-" + random.nextInt(999_999));
            case 3 -> headers.put(ApiHeaders.AUTHORIZATION, "Bearer ");
            case 4 -> headers.put(ApiHeaders.AUTHORIZATION, "Basic " + oddText(random).replaceAll("[^A-Za-z]", "a"));
            // a well-formed but wrong secret costs a full PBKDF2 verification: rare on purpose
            default -> headers.put(ApiHeaders.AUTHORIZATION, random.nextInt(4) == 0
                    ? "Bearer wrong-" + random.nextInt() : "Bearer " + "z".repeat(300));
        }
    }

    private static String oddPath(String path, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> path + "/" + URLEncoder.encode(oddText(random), StandardCharsets.UTF_8);
            case 1 -> path + "/" + SampleJson.validIdNumber(random);
            case 2 -> path.replaceFirst("/[^/]*$", "/%E4%BD%A0%00x");
            case 3 -> path + "/.." + "/%2e%2e/etc";
            case 4 -> path + "/" + "a".repeat(2000 + random.nextInt(3000));
            default -> path.toUpperCase(java.util.Locale.ROOT);
        };
    }

    private static String oddText(Random random) {
        String[] pieces = {"'", "\"", "<script>", "${jndi:ldap://x}", "身份证", "\u202e", "%00", "\\", "🙂", "NaN",
                "-1", "DROP TABLE kiosks;--", " ", "\t"};
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
