package org.budayang.central.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budayang.api.catalog.Department;
import org.budayang.central.connectors.sandbox.SandboxMode;
import org.budayang.central.connectors.sandbox.SandboxSettings;
import org.junit.jupiter.api.Test;

/** Configuration errors stop the start naming key, value and what is accepted. */
class ConnectorSelectionTest {
    private static final ConnectorProvider EMPTY = new ConnectorProvider() {
        @Override
        public String name() {
            return "sandbox";
        }

        @Override
        public Optional<DepartmentConnector> connector(Department department) {
            return Optional.empty();
        }
    };

    @Test
    void unknownProviderForTheFirstDepartmentNamesIt() {
        ConnectorConfigException e = assertThrows(ConnectorConfigException.class,
                () -> Connectors.select(Map.of("connectors.PUBLIC_SECURITY", "gansu"), List.of(EMPTY)));
        assertEquals("Configuration connectors.PUBLIC_SECURITY=gansu names no connector provider; accepted: [sandbox].",
                e.getMessage());
    }

    @Test
    void providerWithoutTheDepartmentIsRefused() {
        ConnectorConfigException e = assertThrows(ConnectorConfigException.class,
                () -> Connectors.select(Map.of(), List.of(EMPTY)));
        assertTrue(e.getMessage().contains("has no connector for PUBLIC_SECURITY"), e.getMessage());
    }

    @Test
    void unknownDepartmentKeyIsRefused() {
        ConnectorConfigException e = assertThrows(ConnectorConfigException.class,
                () -> Connectors.select(Map.of("connectors.POLICE", "sandbox"), List.of(EMPTY)));
        assertTrue(e.getMessage().contains("connectors.POLICE") && e.getMessage().contains("connectors.TAX"),
                e.getMessage());
    }

    @Test
    void sandboxSettingsAreReadAndCheckedPerDepartment() {
        SandboxSettings settings = SandboxSettings.from(Map.of("sandbox.TAX.mode", "slow", "sandbox.TAX.delayMillis",
                "250", "sandbox.MEDICAL_INSURANCE.mode", "FAILING", "sandbox.MEDICAL_INSURANCE.failureRate", "0.25"));
        assertEquals(SandboxMode.SLOW, settings.behaviours().get(Department.TAX).mode());
        assertEquals(250, settings.behaviours().get(Department.TAX).delayMillis());
        assertEquals(0.25, settings.behaviours().get(Department.MEDICAL_INSURANCE).failureRate());
        assertEquals(SandboxMode.NORMAL, settings.behaviours().get(Department.PUBLIC_SECURITY).mode());
        assertTrue(settings.adminToken().isEmpty());
        assertThrows(ConnectorConfigException.class, () -> SandboxSettings.from(Map.of("sandbox.TAX.mode", "OFF")));
        assertThrows(ConnectorConfigException.class, () -> SandboxSettings.from(Map.of("sandbox.TAX.mode", "SLOW",
                "sandbox.TAX.delayMillis", "0")));
        assertThrows(ConnectorConfigException.class, () -> SandboxSettings.from(Map.of("sandbox.TAX.delay", "5")));
        assertThrows(ConnectorConfigException.class, () -> SandboxSettings.from(Map.of("sandbox.adminToken", "short")));
    }
}
