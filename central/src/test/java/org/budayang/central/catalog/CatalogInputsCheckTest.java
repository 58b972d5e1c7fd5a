package org.budayang.central.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.budayang.api.ApiPaths;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.json.ApiJson;
import org.budayang.central.CentralServer;
import org.budayang.central.Http;
import org.budayang.central.TestCatalogs;
import org.budayang.central.applications.ItemFormsCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue's CHOOSE/FILL inputs and central's rules agree ({@link ItemFormsCheck}), and an item added only to
 * the catalogue, made of known step types, is served with its inputs without any code change.
 */
class CatalogInputsCheckTest {
    private final ObjectMapper json = ApiJson.mapper();
    private final CatalogLoader loader = new CatalogLoader(json, TestCatalogs.CLOCK, List.of(new ItemFormsCheck()));

    @TempDir
    Path dir;
    private ObjectNode bundled;

    @BeforeEach
    void readBundledSource() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CatalogLoader.BUNDLED_RESOURCE)) {
            bundled = (ObjectNode) json.readTree(in);
        }
    }

    private ObjectNode item(String basicCode) {
        for (JsonNode item : bundled.get("items")) {
            if (item.get("basicCode").asText().equals(basicCode)) {
                return (ObjectNode) item;
            }
        }
        throw new AssertionError("no item " + basicCode);
    }

    private static ObjectNode input(ObjectNode item, String key) {
        for (JsonNode step : item.get("flow")) {
            for (JsonNode input : step.path("inputs")) {
                if (input.get("key").asText().equals(key)) {
                    return (ObjectNode) input;
                }
            }
        }
        throw new AssertionError("no input " + key);
    }

    private String refusal(Consumer<ObjectNode> change) throws IOException {
        change.accept(bundled);
        byte[] bytes = json.writeValueAsBytes(bundled);
        return assertThrows(CatalogLoadException.class, () -> loader.parse("edited.json", bytes)).getMessage();
    }

    @Test
    void theBundledCatalogueAgreesWithCentralsRules() {
        Catalog catalog = loader.loadBundled();
        assertEquals(17, catalog.items().size());
    }

    @Test
    void anInputNoRuleAcceptsOrAMissingRequiredKeyStopsTheLoad() throws IOException {
        String renamed = refusal(c -> input(item("QT00012001"), "useUnit").put("key", "employer"));
        assertTrue(renamed.contains("edited.json") && renamed.contains("620102-GA01-QT00012001")
                && renamed.contains("'employer'") && renamed.contains("useUnit"), renamed);
        assertTrue(renamed.contains("central needs form key 'useUnit'"), renamed);
    }

    @Test
    void optionsAndLengthsCentralWouldRefuseStopTheLoad() throws IOException {
        String option = refusal(c -> ((ArrayNode) input(item("QT00012001"), "purpose").get("options")).add("旅游"));
        assertTrue(option.contains("旅游") && option.contains("accepts only"), option);
        String length = refusal(c -> input(item("GG00042001"), "address").put("maxLength", 150));
        assertTrue(length.contains("'address' allows 150 characters but central accepts at most 100"), length);
        String business = refusal(c -> ((ArrayNode) input(item("GG00044001"), "business").get("options"))
                .add("医保卡挂失"));
        assertTrue(business.contains("医保卡挂失") && business.contains("notices for"), business);
        String invoice = refusal(c -> input(item("GG00023001"), "amount").put("key", "total"));
        assertTrue(invoice.contains("'total'") && invoice.contains("invoiceCode"), invoice);
    }

    @Test
    void anItemAddedOnlyToTheCatalogueIsServedWithItsInputs() throws Exception {
        ObjectNode added = item("GG00041001").deepCopy();
        added.put("basicCode", "GG00049001");
        added.put("implementationCode", "620102-YB01-GG00049001");
        added.put("name", "基本医疗保险个人账户查询（仅在清单中新增）");
        ArrayNode flow = (ArrayNode) added.get("flow");
        ObjectNode fill = flow.insertObject(2);
        fill.put("type", "FILL").put("title", "填写联系电话").put("prompt", "请输入您的手机号码");
        ObjectNode phone = fill.putArray("inputs").addObject();
        phone.put("key", "contactPhone").put("label", "联系电话").put("kind", "PHONE").put("required", false)
                .put("maxLength", 11).put("hint", "11位手机号码");
        phone.putArray("options");
        ((ArrayNode) bundled.get("items")).add(added);
        Path file = dir.resolve("catalog-with-new-item.json");
        Files.write(file, json.writeValueAsBytes(bundled));

        Catalog catalog = loader.loadFile(file);
        assertEquals(18, catalog.items().size());
        try (CentralServer server = CentralServer.builder().catalogRepository(new LoadedCatalogRepository(catalog))
                .clock(TestCatalogs.CLOCK).port(0).build().start()) {
            HttpResponse<String> response = Http.get(server.url() + ApiPaths.CATALOG + "?department=MEDICAL_INSURANCE");
            assertEquals(200, response.statusCode(), response.body());
            JsonNode served = null;
            for (JsonNode item : json.readTree(response.body()).path("items")) {
                if (item.path("implementationCode").asText().equals("620102-YB01-GG00049001")) {
                    served = item;
                }
            }
            assertTrue(served != null, "the new item is published: " + response.body());
            assertEquals("基本医疗保险个人账户查询（仅在清单中新增）", served.path("name").asText());
            JsonNode steps = served.path("flow");
            assertEquals("FILL", steps.get(2).path("type").asText());
            assertEquals("请输入您的手机号码", steps.get(2).path("prompt").asText());
            JsonNode asked = steps.get(2).path("inputs").get(0);
            assertEquals("contactPhone", asked.path("key").asText());
            assertEquals("PHONE", asked.path("kind").asText());
            assertEquals(11, asked.path("maxLength").asInt());
            JsonNode choose = steps.get(3);
            assertEquals("CHOOSE", choose.path("type").asText());
            assertEquals(List.of("参保凭证", "缴费明细"), json.convertValue(choose.path("inputs").get(0).path("options"),
                    List.class));
        }
    }
}
