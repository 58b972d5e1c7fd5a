package org.budayang.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The production classes of every module, imported once (ArchUnit imports are not cheap). */
final class OurClasses {
    static final String ROOT = "org.budayang";

    /** Test classes, including this module's deliberately broken ones, are never part of the real import. */
    static final ImportOption NO_ARCHITECTURE_TEST_CLASSES = location -> !location.contains("/org/budayang/architecture/");

    private static JavaClasses classes;

    private OurClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(NO_ARCHITECTURE_TEST_CLASSES)
                    .importPackages(ROOT);
        }
        return classes;
    }
}
