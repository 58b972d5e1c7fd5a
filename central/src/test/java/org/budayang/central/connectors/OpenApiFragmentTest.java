package org.budayang.central.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.budayang.api.json.ApiJson;
import org.junit.jupiter.api.Test;

/** The OpenAPI fragment documents every route of the module, and every schema it refers to exists. */
class OpenApiFragmentTest {
    @Test
    void fragmentCoversTheRoutesAndResolvesItsReferences() throws Exception {
        String resource = new ConnectorsModule(null, null, null, null, java.util.Optional.empty()).openApiFragment()
                .orElseThrow();
        JsonNode doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            doc = ApiJson.mapper().readTree(in);
        }
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(List.of(ConnectorsModule.DEPARTMENTS, ConnectorsModule.QUERIES, ConnectorsModule.APPLICATIONS,
                ConnectorsModule.APPLICATIONS + "/{number}", ConnectorsModule.PENSION_CERTIFICATIONS,
                org.budayang.central.connectors.sandbox.SandboxAdmin.EC_TOKENS,
                org.budayang.central.connectors.sandbox.SandboxAdmin.PATH), paths);
        String text = doc.toString();
        int at = 0;
        while ((at = text.indexOf("#/components/schemas/", at)) >= 0) {
            int end = text.indexOf('"', at);
            String name = text.substring(at + "#/components/schemas/".length(), end);
            assertTrue(doc.path("components").path("schemas").has(name), "schema " + name + " is referenced but missing");
            at = end;
        }
    }
}
