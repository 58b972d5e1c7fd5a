package org.budayang.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of {@link ArchitectureRules} against the real production classes of every module. */
class ArchitectureTest {
    private static final ArchitectureRules RULES = new ArchitectureRules(OurClasses.ROOT);
    private final JavaClasses classes = OurClasses.get();

    @Test
    @DisplayName("the import holds every module's production classes and nothing of the architecture tests")
    void theImportIsWhatTheRulesAreAbout() {
        for (String expected : List.of("org.budayang.api.catalog.Catalog", "org.budayang.driver.Lifecycle",
                "org.budayang.provisioning.ProvisionMain")) {
            assertTrue(classes.contain(expected), expected + " is missing from the import");
        }
        List<String> ownTestClasses = classes.stream().map(JavaClass::getName)
                .filter(name -> name.startsWith("org.budayang.architecture")).toList();
        assertEquals(List.of(), ownTestClasses);
    }

    @Test
    @DisplayName("driver-api depends on nothing of ours, no JavaFX, no HTTP")
    void driverApiDependsOnNothingOfOursNorJavaFxNorHttp() {
        RULES.driverApiDependsOnNothingOfOursNorJavaFxNorHttp().check(classes);
    }

    @Test
    @DisplayName("service-api depends on nothing of ours")
    void serviceApiDependsOnNothingOfOurs() {
        RULES.serviceApiDependsOnNothingOfOurs().check(classes);
    }

    @Test
    @DisplayName("kiosk and provisioning never depend on central")
    void kioskAndProvisioningNeverDependOnCentral() {
        RULES.kioskAndProvisioningNeverDependOnCentral().check(classes);
    }

    @Test
    @DisplayName("central depends only on service-api, never on JavaFX, kiosk, drivers or provisioning")
    void centralDependsOnlyOnServiceApiAndNeverOnJavaFx() {
        RULES.centralDependsOnlyOnServiceApiAndNeverOnJavaFx().check(classes);
    }

    @Test
    @DisplayName("each driver depends only on driver-api")
    void driversDependOnlyOnDriverApi() {
        RULES.driversDependOnlyOnDriverApi().check(classes);
    }

    @Test
    @DisplayName("no System.out/err except a provisioning *Main")
    void noSystemOutOrErrOutsideProvisioningMains() {
        RULES.noSystemOutOrErrOutsideProvisioningMains().check(classes);
    }

    @Test
    @DisplayName("no printStackTrace anywhere")
    void noPrintStackTrace() {
        RULES.noPrintStackTrace().check(classes);
    }

    @Test
    @DisplayName("SLF4J only: no java.util.logging, commons-logging, log4j")
    void slf4jOnly() {
        RULES.slf4jOnly().check(classes);
    }

    @Test
    @DisplayName("no System.exit / Runtime.exit / Runtime.halt outside *Main")
    void noExitOutsideMains() {
        RULES.noExitOutsideMains().check(classes);
    }

    @Test
    @DisplayName("ViewModels hold no nodes, scenes, windows or controls")
    void viewModelsHoldNoNodes() {
        RULES.viewModelsHoldNoNodes().check(classes);
    }
}
