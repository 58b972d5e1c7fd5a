package org.budayang.central.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.json.ApiJson;
import org.budayang.central.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading catalogue files: the version is a content hash, and every broken value is named precisely. */
class CatalogLoaderTest {
    private final ObjectMapper json = ApiJson.mapper();
    private final CatalogLoader loader = new CatalogLoader(json, TestCatalogs.CLOCK);

    @TempDir
    Path dir;
    private ObjectNode bundled;

    @BeforeEach
    void readBundledSource() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CatalogLoader.BUNDLED_RESOURCE)) {
            bundled = (ObjectNode) json.readTree(in);
        }
    }

    @Test
    void aFileLoadsLikeTheBundledResource() throws IOException {
        Catalog fromFile = loader.loadFile(write(bundled));
        assertEquals(loader.loadBundled(), fromFile);
        assertEquals(TestCatalogs.NOW, fromFile.publishedAt());
    }

    @Test
    void theVersionChangesWithAnyItemValueButNotWithFormattingKeyOrderOrComments() throws IOException {
        String version = loader.loadFile(write(bundled)).version();
        assertTrue(version.matches("[0-9a-f]{16}"), version);

        ObjectNode reordered = json.createObjectNode();
        reordered.set("items", reverseKeys(bundled.get("items")));
        reordered.put("_comment", "another comment");
        Path compact = dir.resolve("compact.json");
        Files.writeString(compact, json.writeValueAsString(reordered));
        assertEquals(version, loader.loadFile(compact).version());

        ObjectNode changed = bundled.deepCopy();
        ((ObjectNode) changed.get("items").get(5).get("guide")).put("fee", "不收费。");
        assertNotEquals(version, loader.loadFile(write(changed)).version());

        ObjectNode flag = bundled.deepCopy();
        ((ObjectNode) flag.get("items").get(0)).put("needsCentral", false);
        assertNotEquals(version, loader.loadFile(write(flag)).version());
    }

    @Test
    void anInvalidValueNamesTheFileThePathTheItemAndTheProblem() throws IOException {
        ObjectNode broken = edit(root -> ((ObjectNode) root.get("items").get(3).get("guide").get("materials").get(0))
                .put("copies", 0));
        Path file = write(broken);
        String code = bundled.get("items").get(3).get("implementationCode").asText();

        String message = assertThrows(CatalogLoadException.class, () -> loader.loadFile(file)).getMessage();

        assertTrue(message.contains(file.toAbsolutePath().toString()), message);
        assertTrue(message.contains("items[3].guide.materials[0]"), message);
        assertTrue(message.contains(code), message);
        assertTrue(message.contains("Material.copies of"), message);
        assertTrue(message.contains("0 is out of range; expected 1..20"), message);
    }

    @Test
    void anUnknownDepartmentNamesTheAcceptedValues() throws IOException {
        Path file = write(edit(root -> ((ObjectNode) root.get("items").get(1)).put("department", "POLICE")));

        String message = assertThrows(CatalogLoadException.class, () -> loader.loadFile(file)).getMessage();

        assertTrue(message.contains("items[1].department"), message);
        assertTrue(message.contains("POLICE"), message);
        assertTrue(message.contains("PUBLIC_SECURITY"), message);
    }

    @Test
    void aMissingFlagIsAnErrorNotAQuietFalse() throws IOException {
        Path file = write(edit(root -> ((ObjectNode) root.get("items").get(2)).remove("needsCentral")));

        String message = assertThrows(CatalogLoadException.class, () -> loader.loadFile(file)).getMessage();

        assertTrue(message.contains("items[2].needsCentral"), message);
        assertTrue(message.contains("is missing"), message);
    }

    @Test
    void aMissingNestedNumberIsAnErrorNotAQuietZero() throws IOException {
        Path file = write(edit(root -> ((ObjectNode) root.get("items").get(0).get("guide").get("timeLimits"))
                .remove("legalWorkingDays")));

        String message = assertThrows(CatalogLoadException.class, () -> loader.loadFile(file)).getMessage();

        assertTrue(message.contains("items[0].guide.timeLimits.legalWorkingDays"), message);
    }

    @Test
    void aBadOpeningTimeAndABadPhoneAreNamed() throws IOException {
        Path time = write(edit(root -> ((ObjectNode) root.get("items").get(1).get("serviceHours"))
                .put("allDay", false).put("opens", "25:00").put("closes", "20:00")));
        String timeMessage = assertThrows(CatalogLoadException.class, () -> loader.loadFile(time)).getMessage();
        assertTrue(timeMessage.contains("items[1].serviceHours.opens"), timeMessage);
        assertTrue(timeMessage.contains("25:00"), timeMessage);

        Path phone = write(edit(root -> ((ObjectNode) root.get("items").get(4).get("guide"))
                .put("complaintPhone", "call us")));
        String phoneMessage = assertThrows(CatalogLoadException.class, () -> loader.loadFile(phone)).getMessage();
        assertTrue(phoneMessage.contains("items[4].guide"), phoneMessage);
        assertTrue(phoneMessage.contains("ItemGuide.complaintPhone: 'call us' is not valid"), phoneMessage);
    }

    @Test
    void duplicateImplementationCodesAreRefused() throws IOException {
        ObjectNode twice = edit(root -> ((ArrayNode) root.get("items")).add(root.get("items").get(0).deepCopy()));
        String code = bundled.get("items").get(0).get("implementationCode").asText();

        String message = assertThrows(CatalogLoadException.class, () -> loader.loadFile(write(twice))).getMessage();

        assertTrue(message.contains("lists implementation code " + code + " twice"), message);
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"items\": [\n    {\"name\": \"x\",}\n  ]\n}\n", StandardCharsets.UTF_8);

        String message = assertThrows(CatalogLoadException.class, () -> loader.loadFile(file)).getMessage();

        assertTrue(message.contains("is not valid JSON at line 3"), message);
        assertTrue(message.contains(file.toAbsolutePath().toString()), message);
    }

    @Test
    void theShapeOfTheFileIsChecked() throws IOException {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "   ");
        assertTrue(assertThrows(CatalogLoadException.class, () -> loader.loadFile(empty)).getMessage()
                .contains("is empty"));

        Path array = dir.resolve("array.json");
        Files.writeString(array, "[]");
        assertTrue(assertThrows(CatalogLoadException.class, () -> loader.loadFile(array)).getMessage()
                .contains("must be a JSON object with an \"items\" array, not a JSON array"));

        Path noItems = dir.resolve("no-items.json");
        Files.writeString(noItems, "{\"itemz\": []}");
        assertTrue(assertThrows(CatalogLoadException.class, () -> loader.loadFile(noItems)).getMessage()
                .contains("has no \"items\" array"));

        Path notAnObject = dir.resolve("item-not-object.json");
        Files.writeString(notAnObject, "{\"items\": [\"身份证\"]}");
        assertTrue(assertThrows(CatalogLoadException.class, () -> loader.loadFile(notAnObject)).getMessage()
                .contains("items[0] must be a JSON object"));
    }

    @Test
    void aMissingFileSaysHowToFixIt() {
        Path missing = dir.resolve("nope.json");

        String message = assertThrows(CatalogLoadException.class, () -> loader.loadFile(missing)).getMessage();

        assertTrue(message.contains(missing.toAbsolutePath() + " does not exist"), message);
        assertTrue(message.contains("--catalog"), message);
    }

    @Test
    void aMissingResourceIsNamed() {
        String message = assertThrows(CatalogLoadException.class, () -> loader.loadResource("catalog/none.json"))
                .getMessage();
        assertTrue(message.contains("resource catalog/none.json is not on the class path"), message);
    }

    @Test
    void anEmptyItemListIsAValidButEmptyCatalogue() throws IOException {
        Path file = dir.resolve("none.json");
        Files.writeString(file, "{\"items\": []}");
        assertTrue(loader.loadFile(file).items().isEmpty());
    }

    private ObjectNode edit(Consumer<ObjectNode> change) {
        ObjectNode copy = bundled.deepCopy();
        change.accept(copy);
        return copy;
    }

    private Path write(JsonNode root) throws IOException {
        Path file = Files.createTempFile(dir, "catalog", ".json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }

    /** The same content with every object's keys in reverse order. */
    private JsonNode reverseKeys(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            ObjectNode reversed = json.createObjectNode();
            for (int i = names.size() - 1; i >= 0; i--) {
                reversed.set(names.get(i), reverseKeys(node.get(names.get(i))));
            }
            return reversed;
        }
        if (node.isArray()) {
            ArrayNode copy = json.createArrayNode();
            node.forEach(element -> copy.add(reverseKeys(element)));
            return copy;
        }
        return node;
    }
}
