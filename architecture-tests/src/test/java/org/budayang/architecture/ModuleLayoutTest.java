package org.budayang.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The package rules of {@link ArchitectureRules} are module rules only if each module's classes live
 * under its package. This test finds each class's module from where it was loaded (a module's
 * {@code target/classes} directory or its jar) and checks the package.
 */
class ModuleLayoutTest {
    private static final ArchitectureRules RULES = new ArchitectureRules(OurClasses.ROOT);
    /** The package of module driver-testkit, relative to the root. */
    private static final String TESTKIT = "driver.testkit";

    @Test
    @DisplayName("every module's classes live under its package root")
    void everyModulesClassesLiveUnderItsPackage() {
        List<String> misplaced = new ArrayList<>();
        Set<String> modulesSeen = new TreeSet<>();
        for (JavaClass javaClass : OurClasses.get()) {
            Optional<String> module = moduleOf(javaClass);
            if (module.isEmpty()) {
                misplaced.add(javaClass.getName() + " comes from no known module ("
                        + javaClass.getSource().map(source -> source.getUri().toString()).orElse("no source") + ")");
                continue;
            }
            modulesSeen.add(module.get());
            String expected = expectedPackages(module.get());
            if (!isIn(module.get(), javaClass.getPackageName())) {
                misplaced.add(javaClass.getName() + " of module " + module.get() + " is outside " + expected
                        + (module.get().equals("driver-api") ? "; if its package belongs to driver-api, add it to"
                        + " ArchitectureRules.DRIVER_API_PACKAGES" : ""));
            }
        }

        assertEquals(List.of(), misplaced);
        assertTrue(modulesSeen.containsAll(Set.of("service-api", "driver-api", "driver-testkit", "provisioning",
                "demo", "kiosk-core")), modulesSeen.toString());
    }

    private boolean isIn(String module, String packageName) {
        switch (module) {
            case "service-api":
                return within(packageName, RULES.pkg("api"));
            case "driver-api":
                return RULES.driverApiPackages().contains(packageName);
            case "kiosk-app":
                return within(packageName, RULES.pkg("kiosk")) && !within(packageName, RULES.pkg("kiosk.core"));
            case "kiosk-core":
                return within(packageName, RULES.pkg("kiosk.core"));
            case "central":
                return within(packageName, RULES.pkg("central"));
            case "provisioning":
                return within(packageName, RULES.pkg("provisioning"));
            case "demo":
                return within(packageName, RULES.pkg("demo"));
            case "driver-testkit":
                return within(packageName, RULES.pkg(TESTKIT));
            default:
                // a driver module driver-<x>: its own package under driver, outside driver-api's and the testkit's
                return RULES.driverName(packageName) != null && !within(packageName, RULES.pkg(TESTKIT));
        }
    }

    private String expectedPackages(String module) {
        switch (module) {
            case "service-api":
                return RULES.pkg("api..");
            case "driver-api":
                return "the driver-api packages " + RULES.driverApiPackages();
            case "kiosk-app":
                return RULES.pkg("kiosk..") + " outside " + RULES.pkg("kiosk.core..");
            case "kiosk-core":
                return RULES.pkg("kiosk.core..");
            case "central":
                return RULES.pkg("central..");
            case "provisioning":
                return RULES.pkg("provisioning..");
            case "demo":
                return RULES.pkg("demo..");
            case "driver-testkit":
                return RULES.pkg(TESTKIT + "..");
            default:
                return RULES.pkg("driver.<name>..") + " outside driver-api " + RULES.driverApiPackages() + " and "
                        + RULES.pkg(TESTKIT + "..");
        }
    }

    private static boolean within(String packageName, String root) {
        return packageName.equals(root) || packageName.startsWith(root + ".");
    }

    /**
     * The module a class was loaded from: the nearest path segment of its class-path root that names a module
     * ({@code .../kiosk-app/target/classes}, {@code .../central-0.1.0-SNAPSHOT.jar},
     * {@code .../device-drivers/driver-escpos/target/classes}).
     */
    static Optional<String> moduleOf(JavaClass javaClass) {
        if (javaClass.getSource().isEmpty()) {
            return Optional.empty();
        }
        String uri = javaClass.getSource().get().getUri().toString();
        int inJar = uri.indexOf("!/");
        String classPathRoot;
        if (inJar >= 0) {
            classPathRoot = uri.substring(0, inJar);
        } else {
            String classFile = javaClass.getName().replace('.', '/') + ".class";
            classPathRoot = uri.endsWith(classFile) ? uri.substring(0, uri.length() - classFile.length()) : uri;
        }
        String[] segments = classPathRoot.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i].endsWith(".jar") ? segments[i].replaceFirst("-\\d.*$", "") : segments[i];
            if (Set.of("service-api", "driver-api", "kiosk-app", "kiosk-core", "central", "provisioning", "demo").contains(segment)
                    || segment.matches("driver-[a-z0-9-]+")) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }
}
