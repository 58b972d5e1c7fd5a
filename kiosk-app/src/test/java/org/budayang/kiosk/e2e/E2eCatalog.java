package org.budayang.kiosk.e2e;

import java.nio.file.Path;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.json.ApiJson;

/** Central's published catalogue file, as a kiosk would have it cached (the end-to-end tests' catalogue). */
final class E2eCatalog {
    private static final Path CATALOG = Path.of("..", "central", "src", "main", "resources", "catalog",
            "catalog.json");

    private E2eCatalog() {
    }

    static Catalog published() throws Exception {
        ObjectMapper json = ApiJson.mapper();
        ObjectNode tree = (ObjectNode) json.readTree(CATALOG.toFile());
        tree.put("version", "e2e");
        tree.put("publishedAt", "2026-11-26T00:00:00Z");
        return json.treeToValue(tree, Catalog.class);
    }
}
