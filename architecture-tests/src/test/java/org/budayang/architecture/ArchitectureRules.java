package org.budayang.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * The dependency and logging rules of DESIGN.md and STYLE.md 10/14, written once against a package
 * root: {@code org.budayang} for the real code, {@code org.budayang.architecture.violations} for the
 * deliberately broken classes that prove each rule can fail.
 *
 * <p>Module ↔ package layout under the root: {@code api} (service-api), {@code driver} (driver-api: the
 * packages in {@link #driverApiPackages()}), {@code driver.<name>} (one driver), {@code kiosk} (kiosk-app),
 * {@code central}, {@code provisioning}. {@link ModuleLayoutTest} checks that each module's classes really
 * live there, so that these package rules are module rules.
 */
public final class ArchitectureRules {
    /**
     * driver-api's packages, relative to the root. When driver-api gains a package (e.g. {@code driver.link}),
     * add it here; {@link ModuleLayoutTest} fails until then.
     */
    static final List<String> DRIVER_API_PACKAGES = List.of("driver", "driver.op", "driver.link", "driver.idcard",
            "driver.runtime", "driver.printer", "driver.printer.receipts", "driver.camera", "driver.sscard",
            "driver.scanner", "driver.cash");

    private static final String[] JAVAFX = {"javafx.."};
    private static final String[] HTTP = {"java.net.http..", "org.apache.hc..", "io.javalin.."};
    private static final String[] OTHER_LOGGING = {"java.util.logging..", "org.apache.commons.logging..",
            "org.apache.log4j..", "org.apache.logging.log4j.."};

    private final String root;

    public ArchitectureRules(String root) {
        this.root = root;
    }

    String pkg(String relative) {
        return root + "." + relative;
    }

    Set<String> driverApiPackages() {
        return Set.copyOf(DRIVER_API_PACKAGES.stream().map(this::pkg).toList());
    }

    private DescribedPredicate<JavaClass> ours() {
        return resideInAPackage(root + "..");
    }

    // ---- dependency rules (DESIGN.md "Dependency rules") ----

    /** driver-api (and every driver under it) depends on nothing of ours outside {@code driver..}, nor on JavaFX or HTTP. */
    public ArchRule driverApiDependsOnNothingOfOursNorJavaFxNorHttp() {
        String driver = pkg("driver..");
        return noClasses().that().resideInAPackage(driver)
                .should().dependOnClassesThat(ours().and(not(resideInAPackage(driver))))
                .orShould().dependOnClassesThat().resideInAnyPackage(concat(JAVAFX, HTTP))
                .because("DESIGN.md: driver-api depends on nothing of ours and has no JavaFX and no HTTP");
    }

    /** service-api depends on nothing of ours. */
    public ArchRule serviceApiDependsOnNothingOfOurs() {
        String api = pkg("api..");
        return noClasses().that().resideInAPackage(api)
                .should().dependOnClassesThat(ours().and(not(resideInAPackage(api))))
                .because("DESIGN.md: service-api, the kiosk<->central contract, depends on nothing of ours");
    }

    /** Neither the kiosk nor provisioning depends on central. */
    public ArchRule kioskAndProvisioningNeverDependOnCentral() {
        return noClasses().that().resideInAnyPackage(pkg("kiosk.."), pkg("provisioning.."))
                .should().dependOnClassesThat().resideInAPackage(pkg("central.."))
                .because("DESIGN.md: kiosk-app and provisioning talk to central only through service-api over HTTP");
    }

    /**
     * kiosk-core (decision 0020) is what the kiosk and provisioning share: of ours it depends only on service-api,
     * and never on JavaFX or drivers, so that provisioning can use it without the kiosk's shell.
     */
    public ArchRule kioskCoreDependsOnlyOnServiceApiAndNeverOnJavaFx() {
        String core = pkg("kiosk.core..");
        return noClasses().that().resideInAPackage(core)
                .should().dependOnClassesThat(ours().and(not(resideInAnyPackage(core, pkg("api..")))))
                .orShould().dependOnClassesThat().resideInAnyPackage(JAVAFX)
                .because("decision 0020: kiosk-core depends on service-api only and has no JavaFX");
    }

    /** provisioning uses the kiosk's shared core (kiosk-core) only, never the kiosk's shell. */
    public ArchRule provisioningUsesOnlyKioskCoreOfTheKiosk() {
        return noClasses().that().resideInAPackage(pkg("provisioning.."))
                .should().dependOnClassesThat(resideInAPackage(pkg("kiosk.."))
                        .and(not(resideInAPackage(pkg("kiosk.core..")))))
                .because("decision 0020: provisioning shares kiosk-core with the kiosk, never kiosk-app");
    }

    /** Central depends, of ours, only on service-api; and never on JavaFX. */
    public ArchRule centralDependsOnlyOnServiceApiAndNeverOnJavaFx() {
        String central = pkg("central..");
        return noClasses().that().resideInAPackage(central)
                .should().dependOnClassesThat(ours().and(not(resideInAnyPackage(central, pkg("api..")))))
                .orShould().dependOnClassesThat().resideInAnyPackage(JAVAFX)
                .because("DESIGN.md: central depends on service-api only; never on JavaFX, the kiosk, drivers or"
                        + " provisioning")
                .allowEmptyShould(true);
    }

    /** A driver ({@code driver.<name>..}) depends, of ours, only on driver-api and its own package. */
    public ArchRule driversDependOnlyOnDriverApi() {
        return classes().that(areDriverImplementations())
                .should(new DependOnlyOnDriverApiOrOwnDriver())
                .because("DESIGN.md: each driver depends on driver-api only")
                .allowEmptyShould(true);
    }

    // ---- logging and process rules (STYLE.md 9, 10) ----

    /**
     * No System.out / System.err, except in a provisioning {@code *Main}, a device emulator's {@code *Main} or the demo's
     * {@code *Main} (console programs whose output is their product: the technician CLI, the emulator consoles).
     */
    public ArchRule noSystemOutOrErrOutsideProvisioningMains() {
        return noClasses().that(areNotProvisioningMains())
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("STYLE.md 10: log through SLF4J; only the technician CLI's and the device emulators' main"
                        + " classes write to the console");
    }

    /** No class calls (or references) Throwable.printStackTrace. */
    public ArchRule noPrintStackTrace() {
        return noClasses().should().accessTargetWhere(DescribedPredicate.describe("Throwable.printStackTrace",
                        (JavaAccess<?> access) -> access.getTarget().getName().equals("printStackTrace")
                                && access.getTargetOwner().isAssignableTo(Throwable.class)))
                .because("STYLE.md 9: an exception is logged once through SLF4J where it is handled");
    }

    /** SLF4J only: no java.util.logging, commons-logging or log4j. */
    public ArchRule slf4jOnly() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(OTHER_LOGGING)
                .because("STYLE.md 10: SLF4J only");
    }

    /** No System.exit / Runtime.exit / Runtime.halt outside classes named {@code *Main}. */
    public ArchRule noExitOutsideMains() {
        return noClasses().that(areNotMains())
                .should().accessTargetWhere(DescribedPredicate.describe("System.exit, Runtime.exit or Runtime.halt",
                        (JavaAccess<?> access) -> isExit(access)))
                .because("STYLE.md 9: only a program's main class decides that the JVM ends");
    }

    /**
     * ViewModels hold properties and commands, never nodes, scenes, windows or controls. A ViewModel is any
     * class named {@code *ViewModel} (or nested in one) under the root, not only those in a {@code ..ui..}
     * package, so that the rule cannot pass unnoticed because the kiosk chose another package name.
     */
    public ArchRule viewModelsHoldNoNodes() {
        return noClasses().that(viewModels())
                .should().dependOnClassesThat(assignableTo("javafx.scene.Node")
                        .or(assignableTo("javafx.scene.Scene"))
                        .or(assignableTo("javafx.stage.Window"))
                        .or(resideInAPackage("javafx.scene.control..")))
                .because("STYLE.md 13: a ViewModel is tested without the toolkit; javafx.beans properties are fine")
                .allowEmptyShould(true);
    }

    /** All rules, for the real code. */
    public List<ArchRule> all() {
        return List.of(driverApiDependsOnNothingOfOursNorJavaFxNorHttp(), serviceApiDependsOnNothingOfOurs(),
                kioskAndProvisioningNeverDependOnCentral(), centralDependsOnlyOnServiceApiAndNeverOnJavaFx(),
                kioskCoreDependsOnlyOnServiceApiAndNeverOnJavaFx(), provisioningUsesOnlyKioskCoreOfTheKiosk(),
                driversDependOnlyOnDriverApi(), noSystemOutOrErrOutsideProvisioningMains(), noPrintStackTrace(),
                slf4jOnly(), noExitOutsideMains(), viewModelsHoldNoNodes());
    }

    // ---- predicates ----

    /** The simple name of the top-level class (so nested and anonymous classes count as their outer class). */
    static String topLevelSimpleName(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        String topLevel = nested < 0 ? name : name.substring(0, nested);
        return topLevel.substring(topLevel.lastIndexOf('.') + 1);
    }

    private static boolean isMain(JavaClass javaClass) {
        return topLevelSimpleName(javaClass).endsWith("Main");
    }

    private static DescribedPredicate<JavaClass> areNotMains() {
        return DescribedPredicate.describe("are not (nested in) a class named *Main", javaClass -> !isMain(javaClass));
    }

    private DescribedPredicate<JavaClass> areNotProvisioningMains() {
        return DescribedPredicate.describe("are not (nested in) a class named *Main in " + pkg("provisioning..")
                        + ", in a driver's emulator package " + pkg("driver..emulator") + " or in " + pkg("demo"),
                javaClass -> !(isMain(javaClass) && (resideInAPackage(pkg("provisioning..")).test(javaClass)
                        || resideInAPackage(pkg("driver..emulator")).test(javaClass)
                        || resideInAPackage(pkg("demo")).test(javaClass))));
    }

    private DescribedPredicate<JavaClass> viewModels() {
        return DescribedPredicate.describe("are (nested in) a class named *ViewModel in " + root + "..",
                javaClass -> topLevelSimpleName(javaClass).endsWith("ViewModel")
                        && resideInAPackage(root + "..").test(javaClass));
    }

    private DescribedPredicate<JavaClass> areDriverImplementations() {
        return DescribedPredicate.describe("are drivers (" + pkg("driver.<name>..") + ", outside driver-api)",
                javaClass -> driverName(javaClass.getPackageName()) != null);
    }

    /** The driver a package belongs to ({@code escpos} for {@code <root>.driver.escpos.internal}), or null. */
    String driverName(String packageName) {
        String prefix = pkg("driver.");
        if (!packageName.startsWith(prefix) || driverApiPackages().contains(packageName)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isExit(JavaAccess<?> access) {
        String owner = access.getTargetOwner().getName();
        String name = access.getTarget().getName();
        return (owner.equals(System.class.getName()) && name.equals("exit"))
                || (owner.equals(Runtime.class.getName()) && (name.equals("exit") || name.equals("halt")));
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = new String[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private final class DependOnlyOnDriverApiOrOwnDriver extends ArchCondition<JavaClass> {
        DependOnlyOnDriverApiOrOwnDriver() {
            super("depend, among " + root + " classes, only on driver-api " + driverApiPackages()
                    + " and their own driver's package");
        }

        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
            String own = driverName(javaClass.getPackageName());
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String targetPackage = target.getPackageName();
                boolean ours = targetPackage.equals(root) || targetPackage.startsWith(root + ".");
                if (!ours || driverApiPackages().contains(targetPackage) || own.equals(driverName(targetPackage))) {
                    continue;
                }
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                        + ": driver '" + own + "' may depend only on driver-api " + driverApiPackages()
                        + " and on " + pkg("driver." + own) + ".."));
            }
        }
    }
}
