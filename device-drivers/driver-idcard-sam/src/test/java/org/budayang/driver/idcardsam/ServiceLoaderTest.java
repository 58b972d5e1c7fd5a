package org.budayang.driver.idcardsam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.idcard.IdCardReader;
import org.junit.jupiter.api.Test;

class ServiceLoaderTest {

    @Test
    void theDriverIsFoundByNameThroughServiceLoader() {
        List<DriverProvider> found = ServiceLoader.load(DriverProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("idcard-sam"))
                .toList();
        assertEquals(1, found.size(), "exactly one idcard-sam provider on the class path");
        assertEquals(IdCardReader.class, found.get(0).deviceType());
        assertTrue(found.get(0).settingKeys().containsAll(List.of("link", "port", "baud", "host", "tcpPort")),
                found.get(0).settingKeys().toString());
    }
}
