package org.budayang.central.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Central's OpenAPI 3.0 document: the platform's part ({@code openapi/platform.json}: catalogue,
 * health, problem schema, security schemes, Idempotency-Key parameter) merged with every module's
 * {@code openApiFragment()}. A path + method or a component described twice differently stops the
 * start, naming both resources.
 */
public final class OpenApiDocument {
    public static final String PLATFORM_RESOURCE = "openapi/platform.json";
    private static final List<String> COMPONENT_KINDS = List.of("schemas", "parameters", "responses",
            "securitySchemes", "headers", "requestBodies", "examples");

    private final ObjectNode document;

    private OpenApiDocument(ObjectNode document) {
        this.document = document;
    }

    /** Merges the platform part with the fragments (classpath resources), in order. */
    public static OpenApiDocument merge(ObjectMapper mapper, ClassLoader loader, List<String> fragments) {
        ObjectNode document = (ObjectNode) read(mapper, loader, PLATFORM_RESOURCE);
        for (String fragment : fragments) {
            JsonNode part = read(mapper, loader, fragment);
            mergePaths(document, part, fragment);
            mergeComponents(document, part, fragment);
        }
        return new OpenApiDocument(document);
    }

    private static JsonNode read(ObjectMapper mapper, ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI resource " + resource + " is not on the class path; a "
                        + "module's openApiFragment() must name a resource under src/main/resources");
            }
            JsonNode node = mapper.readTree(in);
            if (node == null || !node.isObject()) {
                throw new IllegalStateException("OpenAPI resource " + resource + " is not a JSON object with 'paths'");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("OpenAPI resource " + resource + " is not valid JSON: "
                    + e.getMessage(), e);
        }
    }

    private static void mergePaths(ObjectNode document, JsonNode part, String fragment) {
        ObjectNode paths = child(document, "paths");
        Iterator<Map.Entry<String, JsonNode>> entries = part.path("paths").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> path = entries.next();
            ObjectNode target = child(paths, path.getKey());
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (target.has(operation.getKey())) {
                    throw new IllegalStateException("OpenAPI fragment " + fragment + " describes "
                            + operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()
                            + ", which another part already describes; each route belongs to one module");
                }
                target.set(operation.getKey(), operation.getValue());
            }
        }
    }

    private static void mergeComponents(ObjectNode document, JsonNode part, String fragment) {
        for (String kind : COMPONENT_KINDS) {
            Iterator<Map.Entry<String, JsonNode>> entries = part.path("components").path(kind).fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> component = entries.next();
                ObjectNode target = child(child(document, "components"), kind);
                JsonNode existing = target.get(component.getKey());
                if (existing != null && !existing.equals(component.getValue())) {
                    throw new IllegalStateException("OpenAPI fragment " + fragment + " defines components." + kind
                            + "." + component.getKey() + " differently from another part; rename it (e.g. prefix "
                            + "the feature)");
                }
                target.set(component.getKey(), component.getValue());
            }
        }
    }

    /** The object member {@code name}, created when absent (not a JSON pointer, unlike ObjectNode.with). */
    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(name);
    }

    /** The merged document (a copy). */
    public ObjectNode json() {
        return document.deepCopy();
    }

    /** Every described operation as (upper-case method, path template). */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<String> methods = path.getValue().fieldNames();
            while (methods.hasNext()) {
                String method = methods.next();
                if (!method.equals("parameters") && !method.equals("summary") && !method.equals("description")) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey()));
                }
            }
        }
        return operations;
    }

    /** The operation object of a described route, or a missing node. */
    public JsonNode operation(String method, String pathTemplate) {
        return document.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
    }

    /** Resolves a local {@code $ref} ({@code #/components/schemas/X}); other nodes come back as they are. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("OpenAPI $ref '" + ref + "' is not local (#/...)");
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    /**
     * A described route.
     *
     * @param method upper-case HTTP method
     * @param path   OpenAPI path template, e.g. {@code /verify/{code}}
     */
    public record Operation(String method, String path) {
        public Operation {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
        }
    }
}
