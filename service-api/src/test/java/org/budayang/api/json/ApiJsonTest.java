package org.budayang.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.Samples;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.health.HealthStatus;
import org.junit.jupiter.api.Test;

class ApiJsonTest {
    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
    private final ObjectMapper mapper = ApiJson.mapper();
    private final Catalog catalog = new Catalog("a93098bc180ec13d", NOW, List.of(Samples.item(),
            Samples.windowedItem(), Samples.item("GG00021001", "620102-SW01-GG00021001", "个人所得税《纳税记录》开具",
                    Department.TAX)));

    @Test
    void aCatalogSurvivesTheRoundTrip() throws Exception {
        String json = mapper.writeValueAsString(catalog);
        assertEquals(catalog, mapper.readValue(json, Catalog.class));
    }

    @Test
    void writesIsoTimesEnumNamesAndOnlyTheRecordComponents() throws Exception {
        JsonNode tree = mapper.valueToTree(catalog);
        assertEquals("2026-03-02T01:30:00Z", tree.get("publishedAt").asText());
        assertEquals(Set.of("version", "publishedAt", "items"), names(tree));
        JsonNode windowed = tree.get("items").get(1);
        assertEquals(Set.of("basicCode", "implementationCode", "name", "department", "agency", "guide", "flow",
                "devices", "serviceHours", "needsCentral", "deferredAcceptance", "commitmentNotice", "keywords"),
                names(windowed));
        assertEquals("PUBLIC_SECURITY", windowed.get("department").asText());
        assertEquals("08:00:00", windowed.get("serviceHours").get("opens").asText());
        assertEquals(Set.of("legalWorkingDays", "promisedWorkingDays"), names(windowed.get("guide").get("timeLimits")));
        assertEquals("ORIGINAL", windowed.get("guide").get("materials").get(0).get("form").asText());
    }

    @Test
    void unknownPropertiesFromANewerCentralAreIgnored() throws Exception {
        ObjectNode tree = mapper.valueToTree(catalog);
        tree.put("futureField", "ignored");
        ((ObjectNode) tree.get("items").get(0)).putObject("video").put("url", "x");
        assertEquals(catalog, mapper.treeToValue(tree, Catalog.class));
    }

    @Test
    void recordValidationMessagesSurfaceThroughJackson() {
        ObjectNode tree = mapper.valueToTree(catalog);
        ((ObjectNode) tree.get("items").get(0).get("guide").get("materials").get(0)).put("copies", 0);
        ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
                () -> mapper.treeToValue(tree, Catalog.class));
        assertTrue(e.getMessage().contains("Material.copies of '居民身份证': 0 is out of range; expected 1..20"),
                e.getMessage());
    }

    @Test
    void nullForAFlagIsRefused() {
        ObjectNode tree = mapper.valueToTree(catalog);
        ((ObjectNode) tree.get("items").get(0)).putNull("needsCentral");
        assertThrows(MismatchedInputException.class, () -> mapper.treeToValue(tree, Catalog.class));
    }

    @Test
    void healthSurvivesTheRoundTrip() throws Exception {
        HealthStatus health = new HealthStatus(HealthStatus.UP, "0.1.0-SNAPSHOT", "a93098bc180ec13d", NOW);
        String json = mapper.writeValueAsString(health);
        assertEquals("{\"status\":\"UP\",\"version\":\"0.1.0-SNAPSHOT\",\"catalogVersion\":\"a93098bc180ec13d\","
                + "\"time\":\"2026-03-02T01:30:00Z\"}", json);
        assertEquals(health, mapper.readValue(json, HealthStatus.class));
    }

    @Test
    void everyCallGivesItsOwnMapper() {
        assertNotSame(ApiJson.mapper(), ApiJson.mapper());
    }

    private static Set<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return new TreeSet<>(names);
    }
}
