package org.budayang.driver.idcardsam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.Health;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.idcardsam.emulator.SocketLink;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.junit.jupiter.api.Test;

/** The driver built by its provider, against the emulator over a real loopback TCP connection. */
class TcpAndProviderTest {
    private static final Set<String> LINK_KEYS = Set.of("host", "tcpPort");
    private static final Function<DriverSettings, LinkOpener> TCP = settings -> {
        String host = settings.string("host");
        int port = settings.integer("tcpPort", 1, 65_535);
        return () -> {
            try {
                return new SocketLink(new Socket(host, port));
            } catch (IOException e) {
                throw new LinkLostException("tcp " + host + ":" + port, "connect failed: " + e.getMessage(), e);
            }
        };
    };

    @Test
    void readsACardOverTcpAndSurvivesAReconnect() throws Exception {
        ReaderEmulator emulator = ReaderEmulator.withDemoCards(2);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        emulator.serve(new SocketLink(socket));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            SamIdCardReaderProvider provider = new SamIdCardReaderProvider(TCP, LINK_KEYS);
            DriverSettings settings = DriverSettings.of("idCardReader", Map.of("host", "127.0.0.1",
                    "tcpPort", String.valueOf(server.getLocalPort()), "pollInterval", "100ms", "commandTimeout", "1s"));
            IdCardReader reader = (IdCardReader) provider.create(new DriverContext("idCardReader", settings,
                    Clock.systemUTC()));
            try (reader) {
                reader.open();
                reader.enable();
                assertTrue(reader.status().detail().startsWith("SAM 05.01-20240101-0000001234-0987654321, tcp "));
                emulator.place(6);
                Outcome<IdCard> outcome = reader.readCard(Deadline.in(Duration.ofSeconds(5)), CancelToken.none());
                assertEquals("赵*胜", outcome.valueIfSuccess().orElseThrow().maskedName());
                reader.close();
                reader.open();
                reader.enable();
                assertEquals(Health.ONLINE, reader.status().health());
                assertTrue(reader.readCard(Deadline.in(Duration.ofSeconds(5)), CancelToken.none()).isSuccess());
            }
        }
        emulator.close();
    }

    @Test
    void theProviderRefusesBadSettingsNamingKeyAndValue() {
        SamIdCardReaderProvider provider = new SamIdCardReaderProvider(TCP, LINK_KEYS);
        assertEquals("idcard-sam", provider.name());
        assertEquals(IdCardReader.class, provider.deviceType());
        assertEquals(Set.of("host", "tcpPort", "pollInterval", "commandTimeout", "readAttempts", "fingerprint"),
                provider.settingKeys());
        DriverConfigurationException unknown = assertThrows(DriverConfigurationException.class,
                () -> create(provider, Map.of("host", "h", "tcpPort", "1", "polInterval", "1s")));
        assertEquals("DRV-CFG-UNKNOWN-KEY", unknown.code());
        assertEquals("polInterval", unknown.key());
        DriverConfigurationException attempts = assertThrows(DriverConfigurationException.class,
                () -> create(provider, Map.of("host", "h", "tcpPort", "1", "readAttempts", "0")));
        assertEquals("[DRV-CFG-INVALID] idCardReader: setting 'readAttempts' has value '0', which is not accepted;"
                + " accepted: an integer from 1 to 10", attempts.getMessage());
        DriverConfigurationException fingerprint = assertThrows(DriverConfigurationException.class,
                () -> create(provider, Map.of("host", "h", "tcpPort", "1", "fingerprint", "yes")));
        assertEquals("[DRV-CFG-INVALID] idCardReader: setting 'fingerprint' has value 'yes', which is not accepted;"
                + " accepted: true or false", fingerprint.getMessage());
        SamIdCardReader reader = assertInstanceOf(SamIdCardReader.class, create(provider, Map.of("host", "h",
                "tcpPort", "1", "commandTimeout", "2s", "fingerprint", "true")));
        assertEquals(new SamSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), 3, true), reader.settings());
    }

    private static Object create(SamIdCardReaderProvider provider, Map<String, String> values) {
        return provider.create(new DriverContext("idCardReader", DriverSettings.of("idCardReader", values),
                Clock.systemUTC()));
    }
}
