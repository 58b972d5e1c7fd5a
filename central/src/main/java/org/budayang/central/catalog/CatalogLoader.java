package org.budayang.central.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.ServiceItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a catalogue source — a JSON object with an {@code items} array of {@link ServiceItem}s —
 * with the contract's own mapper ({@code ApiJson}). Central sets the version (a content hash of
 * the items, see {@link CatalogVersion}) and the publication time (the clock at load time);
 * {@code version} or {@code publishedAt} fields in the source are ignored, other top-level
 * fields (such as {@code _comment}) too.
 *
 * <p>Every failure is a {@link CatalogLoadException} naming the source, the JSON path of the
 * broken value, the item it belongs to (implementation code and name) and the problem.
 */
public final class CatalogLoader {
    /** The class-path resource of the catalogue bundled with central (sample data). */
    public static final String BUNDLED_RESOURCE = "catalog/catalog.json";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogLoader.class);

    private final ObjectMapper mapper;
    private final Clock clock;
    private final List<CatalogCheck> checks;

    public CatalogLoader(ObjectMapper mapper, Clock clock) {
        this(mapper, clock, List.of());
    }

    /** With checks of what central can serve (e.g. {@code ItemFormsCheck}), run on every catalogue loaded. */
    public CatalogLoader(ObjectMapper mapper, Clock clock, List<CatalogCheck> checks) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.checks = List.copyOf(checks);
    }

    /** Loads the catalogue bundled in central's jar. */
    public Catalog loadBundled() {
        return loadResource(BUNDLED_RESOURCE);
    }

    /** Loads a catalogue from a class-path resource. */
    public Catalog loadResource(String resource) {
        String source = "resource " + resource;
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CatalogLoadException("Catalogue " + source + " is not on the class path; the central build "
                        + "is incomplete. Rebuild it with ./mvnw -pl central -am package.");
            }
            return parse(source, in.readAllBytes());
        } catch (IOException e) {
            throw new CatalogLoadException("Catalogue " + source + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Loads a catalogue from a file, e.g. the one given with {@code --catalog}. */
    public Catalog loadFile(Path file) {
        String source = "file " + file.toAbsolutePath();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CatalogLoadException("Catalogue " + source + " does not exist. Give an existing JSON file "
                    + "with --catalog, or leave --catalog out to publish the bundled catalogue.", e);
        } catch (IOException e) {
            throw new CatalogLoadException("Catalogue " + source + " cannot be read (" + e
                    + "). Check that the file is readable by the user running central.", e);
        }
        return parse(source, bytes);
    }

    /** Parses and validates catalogue source bytes; {@code source} names them in every message. */
    public Catalog parse(String source, byte[] bytes) {
        JsonNode root = readTree(source, bytes);
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            throw new CatalogLoadException("Catalogue " + source + " has no \"items\" array at its top level; "
                    + "expected {\"items\": [ ... ]} with one object per item.");
        }
        List<ServiceItem> parsed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            parsed.add(parseItem(source, items.get(i), i));
        }
        Catalog catalog;
        try {
            catalog = new Catalog(CatalogVersion.of(items), clock.instant(), parsed);
        } catch (IllegalArgumentException e) {
            throw new CatalogLoadException("Catalogue " + source + " is invalid: " + e.getMessage()
                    + ". Every item needs its own implementationCode.", e);
        }
        for (CatalogCheck check : checks) {
            check.check(source, catalog);
        }
        for (String ignored : List.of("version", "publishedAt")) {
            if (root.has(ignored)) {
                LOG.info("Catalogue {} states a {}, which central ignores: it sets it itself", source, ignored);
            }
        }
        if (catalog.items().isEmpty()) {
            LOG.warn("Catalogue {} has no items; kiosks will offer no services", source);
        }
        LOG.info("Loaded catalogue version {} from {}: {} items {}", catalog.version(), source,
                catalog.items().size(), countsByDepartment(catalog));
        return catalog;
    }

    private JsonNode readTree(String source, byte[] bytes) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new CatalogLoadException("Catalogue " + source + " is not valid JSON" + where + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogLoadException("Catalogue " + source + " cannot be parsed: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CatalogLoadException("Catalogue " + source + " is empty; expected {\"items\": [ ... ]}.");
        }
        if (!root.isObject()) {
            throw new CatalogLoadException("Catalogue " + source + " must be a JSON object with an \"items\" array, "
                    + "not a JSON " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return root;
    }

    private ServiceItem parseItem(String source, JsonNode node, int index) {
        String item = "items[" + index + "]";
        if (!node.isObject()) {
            throw new CatalogLoadException("Catalogue " + source + ": " + item + " must be a JSON object describing "
                    + "one item, not " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        String label = label(node);
        MissingValueCheck.firstMissing(node, ServiceItem.class).ifPresent(path -> {
            throw new CatalogLoadException("Catalogue " + source + ": " + item + "." + path + label
                    + " is missing. It has no default (false and 0 are real answers here); write it explicitly.");
        });
        try {
            return mapper.treeToValue(node, ServiceItem.class);
        } catch (JsonMappingException e) {
            String path = path(e);
            throw new CatalogLoadException("Catalogue " + source + ": " + item + (path.isEmpty() ? "" : "." + path)
                    + label + " is invalid: " + problem(e) + ". Correct it in the catalogue and restart central.", e);
        } catch (JsonProcessingException e) {
            throw new CatalogLoadException("Catalogue " + source + ": " + item + label + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** " (620102-GA01-QT00012001 无犯罪记录证明开具)" from whatever the item node states, or "". */
    private static String label(JsonNode item) {
        String code = item.path("implementationCode").asText("");
        String name = item.path("name").asText("");
        String label = (code + " " + name).strip();
        return label.isEmpty() ? "" : " (item " + label + ")";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The record's own validation message when a constructor refused the value, else Jackson's. */
    private static String problem(JsonMappingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return e.getOriginalMessage();
    }

    private static String countsByDepartment(Catalog catalog) {
        Map<Department, Long> counts = new EnumMap<>(Department.class);
        for (Department department : Department.values()) {
            counts.put(department, (long) catalog.byDepartment(department).size());
        }
        return counts.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
