package org.budayang.central.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.budayang.api.identity.IdNumber;
import org.budayang.central.openapi.OpenApiDocument;

/**
 * Builds a plausible JSON value from an OpenAPI schema: the schema's {@code example} where there is
 * one, otherwise a value of the right type (a valid GB 11643 number for {@code format: gb11643} or
 * fields named like an ID number). The fuzzer starts from these and breaks them.
 */
final class SampleJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenApiDocument document;
    private final Random random;

    SampleJson(OpenApiDocument document, Random random) {
        this.document = document;
        this.random = random;
    }

    JsonNode valid(JsonNode schemaOrRef, String name, int depth) {
        JsonNode schema = document.resolve(schemaOrRef);
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).deepCopy();
        }
        for (String combiner : new String[] {"oneOf", "anyOf", "allOf"}) {
            if (schema.has(combiner) && schema.get(combiner).size() > 0) {
                return valid(schema.get(combiner).get(0), name, depth + 1);
            }
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        if (depth > 8) {
            return NODES.nullNode();
        }
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), valid(property.getValue(), property.getKey(), depth + 1));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                array.add(valid(schema.path("items"), name, depth + 1));
                return array;
            }
            case "integer":
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number":
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.5);
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            default:
                return NODES.textNode(text(schema, name));
        }
    }

    private String text(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (format.equals("gb11643") || lower.contains("idnumber") || lower.equals("certno")) {
            return validIdNumber(random);
        }
        return switch (format) {
            case "date-time" -> "2026-03-02T01:30:00Z";
            case "date" -> "2026-03-02";
            case "uuid" -> "3f2b8c1e-9a4d-4c7e-8f00-1a2b3c4d5e6f";
            case "byte" -> "aGVsbG8=";
            default -> "sample";
        };
    }

    /** A random Gansu-born citizen's valid ID number. */
    static String validIdNumber(Random random) {
        String body = "6201" + String.format("%02d", 1 + random.nextInt(5))
                + (1940 + random.nextInt(70)) + String.format("%02d", 1 + random.nextInt(12))
                + String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        return body + IdNumber.checkCharacter(body);
    }
}
