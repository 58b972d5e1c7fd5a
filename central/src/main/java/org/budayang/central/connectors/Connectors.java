package org.budayang.central.connectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.catalog.Department;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four department connectors central uses, one per department, chosen by configuration:
 * {@code connectors.PUBLIC_SECURITY}, {@code connectors.TAX}, {@code connectors.SOCIAL_SECURITY},
 * {@code connectors.MEDICAL_INSURANCE}, each naming a provider (default {@code sandbox}). An unknown
 * provider name, or a provider that does not serve the department, stops the start with a message
 * naming the key, the value and the accepted names. The rest of central depends only on these
 * interfaces.
 */
public record Connectors(PublicSecurityConnector publicSecurity, TaxConnector tax,
                         SocialSecurityConnector socialSecurity, MedicalInsuranceConnector medicalInsurance) {
    private static final Logger LOG = LoggerFactory.getLogger(Connectors.class);
    public static final String KEY_PREFIX = "connectors.";
    public static final String DEFAULT_PROVIDER = "sandbox";

    public Connectors {
        Objects.requireNonNull(publicSecurity, "Connectors.publicSecurity");
        Objects.requireNonNull(tax, "Connectors.tax");
        Objects.requireNonNull(socialSecurity, "Connectors.socialSecurity");
        Objects.requireNonNull(medicalInsurance, "Connectors.medicalInsurance");
    }

    /** The connectors in department order. */
    public List<DepartmentConnector> all() {
        return List.of(publicSecurity, tax, socialSecurity, medicalInsurance);
    }

    public DepartmentConnector of(Department department) {
        return switch (department) {
            case PUBLIC_SECURITY -> publicSecurity;
            case TAX -> tax;
            case SOCIAL_SECURITY -> socialSecurity;
            case MEDICAL_INSURANCE -> medicalInsurance;
        };
    }

    /**
     * Selects a connector per department from the configuration and the available providers.
     *
     * @param config    configuration entries; only {@code connectors.*} keys are read
     * @param providers the providers, e.g. the sandbox one; names must be unique
     */
    public static Connectors select(Map<String, String> config, List<ConnectorProvider> providers) {
        Map<String, ConnectorProvider> byName = new LinkedHashMap<>();
        for (ConnectorProvider provider : providers) {
            ConnectorProvider clash = byName.putIfAbsent(provider.name(), provider);
            if (clash != null) {
                throw new ConnectorConfigException("Two connector providers are named '" + provider.name() + "' ("
                        + clash.getClass().getName() + " and " + provider.getClass().getName()
                        + "); give each provider a unique name.");
            }
        }
        for (String key : config.keySet()) {
            if (key.startsWith(KEY_PREFIX) && departmentOf(key.substring(KEY_PREFIX.length())).isEmpty()) {
                throw new ConnectorConfigException("Configuration key '" + key + "' names no department; accepted keys: "
                        + acceptedKeys() + ".");
            }
        }
        List<DepartmentConnector> chosen = new ArrayList<>();
        for (Department department : Department.values()) {
            String key = KEY_PREFIX + department.name();
            String name = config.getOrDefault(key, DEFAULT_PROVIDER).strip();
            ConnectorProvider provider = byName.get(name);
            if (provider == null) {
                throw new ConnectorConfigException("Configuration " + key + "=" + name + " names no connector provider;"
                        + " accepted: " + byName.keySet() + ".");
            }
            DepartmentConnector connector = provider.connector(department).orElseThrow(() ->
                    new ConnectorConfigException("Configuration " + key + "=" + name + ": provider '" + name
                            + "' has no connector for " + department + "; choose one of " + byName.keySet()
                            + " that serves it."));
            Class<?> expected = interfaceOf(department);
            if (!expected.isInstance(connector) || connector.department() != department) {
                throw new ConnectorConfigException("Configuration " + key + "=" + name + ": provider '" + name
                        + "' returned " + connector.getClass().getName() + " for " + department + ", which is not a "
                        + expected.getSimpleName() + " for that department.");
            }
            LOG.info("Department {} uses connector provider '{}' ({})", department, name,
                    connector.getClass().getSimpleName());
            chosen.add(connector);
        }
        return new Connectors((PublicSecurityConnector) chosen.get(0), (TaxConnector) chosen.get(1),
                (SocialSecurityConnector) chosen.get(2), (MedicalInsuranceConnector) chosen.get(3));
    }

    private static Class<?> interfaceOf(Department department) {
        return switch (department) {
            case PUBLIC_SECURITY -> PublicSecurityConnector.class;
            case TAX -> TaxConnector.class;
            case SOCIAL_SECURITY -> SocialSecurityConnector.class;
            case MEDICAL_INSURANCE -> MedicalInsuranceConnector.class;
        };
    }

    private static Optional<Department> departmentOf(String name) {
        for (Department d : Department.values()) {
            if (d.name().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static List<String> acceptedKeys() {
        return java.util.Arrays.stream(Department.values()).map(d -> KEY_PREFIX + d.name()).toList();
    }
}
