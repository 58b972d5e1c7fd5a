package org.budayang.central.connectors.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.catalog.Department;
import org.budayang.central.connectors.ConnectorProvider;
import org.budayang.central.connectors.DepartmentConnector;
import org.budayang.central.db.Jdbc;
import org.budayang.central.connectors.sandbox.seed.SandboxPopulation;

/**
 * The {@code sandbox} connector provider: simulators of the four department systems over their own
 * sb_* tables, seeded on first start with the synthetic population, each behind a
 * {@link DepartmentGate} that configuration or the admin API switches.
 */
public final class SandboxProvider implements ConnectorProvider {
    public static final String NAME = "sandbox";
    /** Department systems keep Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<Department, DepartmentGate> gates = new EnumMap<>(Department.class);
    private final Map<Department, DepartmentConnector> connectors = new EnumMap<>(Department.class);
    private final SandboxSettings settings;
    private final SandboxEcTokens ecTokens;

    /**
     * Seeds the sandbox tables when empty (fixed seed, {@value SandboxPopulation#GENERATED} generated
     * citizens plus the demo citizens, contributions up to the clock's day) and builds the four systems.
     */
    public SandboxProvider(DataSource dataSource, Clock clock, SandboxSettings settings) {
        this.settings = settings;
        Clock local = clock.withZone(ZONE);
        SandboxSeeder.seedIfEmpty(dataSource, SandboxPopulation.SEED, SandboxPopulation.GENERATED, LocalDate.now(local));
        Jdbc jdbc = new Jdbc(dataSource);
        for (Department d : Department.values()) {
            gates.put(d, new DepartmentGate(d, settings.behaviours().get(d)));
        }
        connectors.put(Department.PUBLIC_SECURITY,
                new SandboxPublicSecurity(jdbc, gates.get(Department.PUBLIC_SECURITY), local));
        connectors.put(Department.TAX, new SandboxTax(jdbc, gates.get(Department.TAX), local));
        connectors.put(Department.SOCIAL_SECURITY,
                new SandboxSocialSecurity(jdbc, gates.get(Department.SOCIAL_SECURITY), local));
        ecTokens = new SandboxEcTokens(jdbc, local, new java.security.SecureRandom());
        ecTokens.ensureDemoToken();
        connectors.put(Department.MEDICAL_INSURANCE,
                new SandboxMedicalInsurance(jdbc, gates.get(Department.MEDICAL_INSURANCE), ecTokens));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<DepartmentConnector> connector(Department department) {
        return Optional.ofNullable(connectors.get(department));
    }

    /** The clock in the departments' time zone (Beijing time), for everything that asks "which day is it". */
    public static Clock zoned(Clock clock) {
        return clock.withZone(ZONE);
    }

    public DepartmentGate gate(Department department) {
        return gates.get(department);
    }

    /** The sandbox 医保 platform's 医保电子凭证 tokens (issued by the admin API and tests). */
    public SandboxEcTokens ecTokens() {
        return ecTokens;
    }

    public SandboxSettings settings() {
        return settings;
    }
}
