package org.budayang.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.budayang.architecture.violations.api.ApiNeedingDriver;
import org.budayang.architecture.violations.api.ApiRecord;
import org.budayang.architecture.violations.central.CentralService;
import org.budayang.architecture.violations.central.CentralUsingDriver;
import org.budayang.architecture.violations.central.CentralUsingJavaFx;
import org.budayang.architecture.violations.central.JulLogging;
import org.budayang.architecture.violations.driver.DeviceThing;
import org.budayang.architecture.violations.driver.DriverApiNeedingApi;
import org.budayang.architecture.violations.driver.DriverApiUsingHttp;
import org.budayang.architecture.violations.driver.cups.CupsDriver;
import org.budayang.architecture.violations.driver.escpos.EscPosDriver;
import org.budayang.architecture.violations.driver.escpos.internal.EscPosCodec;
import org.budayang.architecture.violations.driver.pcscsscard.SsCardDriver;
import org.budayang.architecture.violations.kiosk.ChattyService;
import org.budayang.architecture.violations.kiosk.Halter;
import org.budayang.architecture.violations.kiosk.KioskMain;
import org.budayang.architecture.violations.kiosk.KioskNeedingCentral;
import org.budayang.architecture.violations.kiosk.Quitter;
import org.budayang.architecture.violations.kiosk.core.CoreConfig;
import org.budayang.architecture.violations.kiosk.core.CoreNeedingShell;
import org.budayang.architecture.violations.kiosk.core.CoreUsingJavaFx;
import org.budayang.architecture.violations.kiosk.StackTracePrinter;
import org.budayang.architecture.violations.kiosk.ui.HomeViewModel;
import org.budayang.architecture.violations.kiosk.ui.SearchViewModel;
import org.budayang.architecture.violations.kiosk.ui.ThemeViewModel;
import org.budayang.architecture.violations.provisioning.CrashingMain;
import org.budayang.architecture.violations.provisioning.ProvisioningNeedingCentral;
import org.budayang.architecture.violations.provisioning.ProvisioningUsingKioskCore;
import org.budayang.architecture.violations.provisioning.ProvisioningUsingKioskShell;
import org.budayang.architecture.violations.provisioning.ToolMain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Proves that every rule can fail: each runs against deliberately broken classes laid out like the real
 * modules under {@code org.budayang.architecture.violations}, and must report exactly those, while the
 * clean classes beside them pass.
 */
class ArchitectureRulesCanFailTest {
    private static final ArchitectureRules RULES = new ArchitectureRules("org.budayang.architecture.violations");

    private static JavaClasses only(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    /** The rule fails on the import, and its report names each violating class and only those. */
    private static String assertViolatedBy(ArchRule rule, List<Class<?>> violators, Class<?>... clean) {
        Class<?>[] all = new Class<?>[violators.size() + clean.length];
        violators.toArray(all);
        System.arraycopy(clean, 0, all, violators.size(), clean.length);
        EvaluationResult result = rule.evaluate(only(all));
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "rule did not fail: " + rule.getDescription());
        for (Class<?> violator : violators) {
            assertTrue(report.contains(violator.getName()), violator.getName() + " not in report:\n" + report);
        }
        for (Class<?> fine : clean) {
            assertFalse(result.getFailureReport().getDetails().stream()
                            .anyMatch(line -> line.startsWith("Class <" + fine.getName() + ">")
                                    || line.startsWith("Method <" + fine.getName() + ".")
                                    || line.startsWith("Field <" + fine.getName() + ".")
                                    || line.startsWith("Constructor <" + fine.getName() + ".")),
                    fine.getName() + " was reported although it is clean:\n" + report);
        }
        return report;
    }

    private static void assertPasses(ArchRule rule, Class<?>... classes) {
        EvaluationResult result = rule.evaluate(only(classes));
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    @Test
    @DisplayName("driver-api rule fails on driver-api using service-api or java.net.http")
    void driverApiRuleCanFail() {
        ArchRule rule = RULES.driverApiDependsOnNothingOfOursNorJavaFxNorHttp();

        String report = assertViolatedBy(rule, List.of(DriverApiNeedingApi.class, DriverApiUsingHttp.class),
                DeviceThing.class, SsCardDriver.class);
        assertTrue(report.contains("java.net.http.HttpClient"), report);
        assertTrue(report.contains(ApiRecord.class.getName()), report);
        assertPasses(rule, DeviceThing.class, SsCardDriver.class, EscPosDriver.class);
    }

    @Test
    @DisplayName("service-api rule fails on a contract record holding a driver type")
    void serviceApiRuleCanFail() {
        ArchRule rule = RULES.serviceApiDependsOnNothingOfOurs();

        assertViolatedBy(rule, List.of(ApiNeedingDriver.class), ApiRecord.class);
        assertPasses(rule, ApiRecord.class);
    }

    @Test
    @DisplayName("kiosk/provisioning rule fails when either uses central")
    void kioskAndProvisioningRuleCanFail() {
        ArchRule rule = RULES.kioskAndProvisioningNeverDependOnCentral();

        assertViolatedBy(rule, List.of(KioskNeedingCentral.class, ProvisioningNeedingCentral.class),
                ChattyService.class, ToolMain.class);
    }

    @Test
    @DisplayName("kiosk-core rule fails on the kiosk's shell and on JavaFX")
    void kioskCoreRuleCanFail() {
        ArchRule rule = RULES.kioskCoreDependsOnlyOnServiceApiAndNeverOnJavaFx();

        assertViolatedBy(rule, List.of(CoreNeedingShell.class, CoreUsingJavaFx.class), CoreConfig.class,
                ApiRecord.class);
    }

    @Test
    @DisplayName("provisioning may use kiosk-core, not the kiosk's shell")
    void provisioningKioskRuleCanFail() {
        ArchRule rule = RULES.provisioningUsesOnlyKioskCoreOfTheKiosk();

        assertViolatedBy(rule, List.of(ProvisioningUsingKioskShell.class), ProvisioningUsingKioskCore.class,
                CoreConfig.class, ChattyService.class);
    }

    @Test
    @DisplayName("central rule fails on JavaFX and on a driver type")
    void centralRuleCanFail() {
        ArchRule rule = RULES.centralDependsOnlyOnServiceApiAndNeverOnJavaFx();

        String report = assertViolatedBy(rule, List.of(CentralUsingJavaFx.class, CentralUsingDriver.class),
                CentralService.class);
        assertTrue(report.contains("javafx.beans.property.SimpleStringProperty"), report);
        assertPasses(rule, CentralService.class);
    }

    @Test
    @DisplayName("driver rule fails on a driver using another driver or service-api")
    void driverRuleCanFail() {
        ArchRule rule = RULES.driversDependOnlyOnDriverApi();

        String report = assertViolatedBy(rule, List.of(EscPosDriver.class, CupsDriver.class),
                SsCardDriver.class, EscPosCodec.class, DeviceThing.class);
        assertTrue(report.contains("driver 'escpos' may depend only on driver-api "
                + RULES.driverApiPackages() + " and on org.budayang.architecture.violations.driver.escpos.."), report);
        assertTrue(report.contains("driver 'cups' may depend only on driver-api"), report);
        assertPasses(rule, SsCardDriver.class, EscPosCodec.class, DeviceThing.class);
    }

    @Test
    @DisplayName("System.out/err rule fails outside a provisioning *Main, including a kiosk *Main")
    void systemOutRuleCanFail() {
        ArchRule rule = RULES.noSystemOutOrErrOutsideProvisioningMains();

        String report = assertViolatedBy(rule, List.of(ChattyService.class, KioskMain.class), ToolMain.class);
        assertTrue(report.contains("java.lang.System.err"), report);
        assertTrue(report.contains("java.lang.System.out"), report);
        assertPasses(rule, ToolMain.class, Quitter.class);
    }

    @Test
    @DisplayName("printStackTrace rule fails on a call in a *Main and on a method reference")
    void printStackTraceRuleCanFail() {
        ArchRule rule = RULES.noPrintStackTrace();

        assertViolatedBy(rule, List.of(CrashingMain.class, StackTracePrinter.class), ToolMain.class);
        assertPasses(rule, ToolMain.class, ChattyService.class);
    }

    @Test
    @DisplayName("SLF4J-only rule fails on java.util.logging")
    void slf4jOnlyRuleCanFail() {
        ArchRule rule = RULES.slf4jOnly();

        String report = assertViolatedBy(rule, List.of(JulLogging.class), CentralService.class);
        assertTrue(report.contains("java.util.logging.Logger"), report);
    }

    @Test
    @DisplayName("exit rule fails on System.exit and Runtime.halt outside *Main")
    void exitRuleCanFail() {
        ArchRule rule = RULES.noExitOutsideMains();

        String report = assertViolatedBy(rule, List.of(Quitter.class, Halter.Now.class), KioskMain.class,
                ToolMain.class);
        assertTrue(report.contains("java.lang.Runtime.halt"), report);
        assertPasses(rule, KioskMain.class, ToolMain.class, ChattyService.class);
    }

    @Test
    @DisplayName("ViewModel rule fails on a Label and on a Stage in a nested class")
    void viewModelRuleCanFail() {
        ArchRule rule = RULES.viewModelsHoldNoNodes();

        String report = assertViolatedBy(rule, List.of(HomeViewModel.class, ThemeViewModel.WindowHolder.class),
                SearchViewModel.class, ThemeViewModel.class);
        assertTrue(report.contains("javafx.scene.control.Label"), report);
        assertTrue(report.contains("javafx.stage.Stage"), report);
        assertPasses(rule, SearchViewModel.class, ThemeViewModel.class);
    }

    @Test
    @DisplayName("nested and anonymous classes count as their top-level class")
    void topLevelNames() {
        assertEquals("Halter", ArchitectureRules.topLevelSimpleName(only(Halter.Now.class).get(Halter.Now.class)));
        assertEquals("ToolMain", ArchitectureRules.topLevelSimpleName(only(ToolMain.class).get(ToolMain.class)));
    }
}
