package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kiosk has provisioning on its class path for the panel's 设备自检 and 设备探测 (decision 0020): the only
 * {@code logback.xml} on it is still the kiosk's (provisioning's is {@code logback-provision.xml}, selected by its
 * CLI only), so the kiosk keeps logging to its rolling file under data.dir.
 */
class PanelClassPathTest {
    @Test
    void theOnlyLogbackXmlIsTheKiosks() throws Exception {
        List<URL> found = Collections.list(getClass().getClassLoader().getResources("logback.xml"));
        // central is on the tests' class path only (its real main runs in child JVMs), never at run time
        List<URL> atRunTime = found.stream().filter(url -> !url.toString().contains("/central/")).toList();
        assertEquals(1, atRunTime.size(), "logback.xml on the class path: " + found);
        assertTrue(atRunTime.get(0).toString().contains("kiosk-app"), found.toString());
        assertEquals(atRunTime.get(0), getClass().getClassLoader().getResource("logback.xml"), "the one Logback reads");
        URL provisioning = getClass().getClassLoader().getResource("logback-provision.xml");
        assertTrue(provisioning != null && provisioning.toString().contains("provisioning"),
                "provisioning is on the kiosk's class path with its own file: " + provisioning);
    }
}
