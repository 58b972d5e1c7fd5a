package org.budayang.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.budayang.api.ApiPaths;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.health.HealthStatus;
import org.budayang.api.json.ApiJson;
import org.budayang.central.catalog.CatalogLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root in this JVM: options in, a running server and a port file out. */
class CentralMainTest {
    private final ObjectMapper json = ApiJson.mapper();

    @TempDir
    Path dir;

    @Test
    void writesThePortFileOnceListeningAndTheServerAnswersOnThatPort() throws IOException {
        Path portFile = dir.resolve("run/central.port");
        CentralServer server = CentralMain.start(options(0, portFile, null), TestCatalogs.CLOCK);
        try {
            String written = Files.readString(portFile, StandardCharsets.US_ASCII);
            assertEquals(server.port() + "\n", written);
            int port = Integer.parseInt(written.strip());
            HealthStatus health = json.readValue(Http.get("http://127.0.0.1:" + port + ApiPaths.HEALTH).body(),
                    HealthStatus.class);
            assertEquals(HealthStatus.UP, health.status());
            assertEquals(CentralMain.buildVersion(), health.version());
            try (var leftovers = Files.list(portFile.getParent())) {
                assertEquals(1, leftovers.count(), "no temporary files are left next to the port file");
            }
        } finally {
            CentralMain.shutdown(server, Optional.of(portFile));
        }
        assertFalse(Files.exists(portFile), "shutdown removes the port file");
    }

    @Test
    void anExternalCatalogueReplacesTheBundledOne() throws IOException {
        Path file = dir.resolve("one-item.json");
        var source = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                getClass().getClassLoader().getResourceAsStream("catalog/catalog.json"));
        var items = (com.fasterxml.jackson.databind.node.ArrayNode) source.get("items");
        while (items.size() > 1) {
            items.remove(items.size() - 1);
        }
        json.writeValue(file.toFile(), source);

        try (CentralServer server = CentralMain.start(options(0, null, file), TestCatalogs.CLOCK)) {
            Catalog served = json.readValue(Http.get(server.url() + ApiPaths.CATALOG).body(), Catalog.class);
            assertEquals(1, served.items().size());
            assertEquals(items.get(0).get("implementationCode").asText(), served.items().get(0).implementationCode());
        }
    }

    @Test
    void aBrokenCatalogueStopsTheStartBeforeAnyPortOrPortFile() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"items\": [{\"basicCode\": \"XX1\"}]}");
        Path portFile = dir.resolve("central.port");

        CatalogLoadException e = assertThrows(CatalogLoadException.class,
                () -> CentralMain.start(options(0, portFile, file), TestCatalogs.CLOCK));

        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("items[0]"), e.getMessage());
        assertFalse(Files.exists(portFile));
    }

    @Test
    void aPortInUseIsReportedWithHostAndPortAndWritesNoPortFile() throws IOException {
        Path portFile = dir.resolve("central.port");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CentralStartupException e = assertThrows(CentralStartupException.class,
                    () -> CentralMain.start(options(taken.getLocalPort(), portFile, null), TestCatalogs.CLOCK));
            assertTrue(e.getMessage().contains("http://127.0.0.1:" + taken.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        }
        assertFalse(Files.exists(portFile));
    }

    @Test
    void anUnwritablePortFileStopsTheServerAgainAndSaysWhy() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        Path portFile = notADirectory.resolve("central.port");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }

        CentralStartupException e = assertThrows(CentralStartupException.class,
                () -> CentralMain.start(options(port, portFile, null), TestCatalogs.CLOCK));

        assertTrue(e.getMessage().startsWith("Cannot write the port file " + portFile.toAbsolutePath()),
                e.getMessage());
        assertTrue(e.getMessage().contains("writable directory"), e.getMessage());
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertEquals(port, again.getLocalPort(), "the server released its port");
        }
    }

    @Test
    void theBuildVersionComesFromMaven() {
        assertTrue(CentralMain.buildVersion().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), CentralMain.buildVersion());
    }

    @Test
    void aBadConfigurationStopsTheStartBeforeAnyDatabaseOrPort() throws IOException {
        Path config = dir.resolve("central.properties");
        Files.writeString(config, "db.poolSize=0\n");
        CentralOptions options = new CentralOptions(CentralOptions.Command.SERVE, "127.0.0.1", 0, Optional.empty(),
                Optional.empty(), Optional.of(config), dir.resolve("data"), Optional.empty(), Optional.empty(), false);
        var e = assertThrows(org.budayang.central.config.ConfigException.class,
                () -> CentralMain.start(options, TestCatalogs.CLOCK));
        assertTrue(e.getMessage().contains("'db.poolSize' has the value '0'"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("data")), "nothing was created");
    }

    private CentralOptions options(int port, Path portFile, Path catalog) {
        return new CentralOptions(CentralOptions.Command.SERVE, "127.0.0.1", port, Optional.ofNullable(portFile),
                Optional.ofNullable(catalog), Optional.empty(), dir.resolve("data"), Optional.empty(), Optional.empty(),
                false);
    }
}
