package org.budayang.driver.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.budayang.driver.runtime.RegistryReport.Source;
import org.junit.jupiter.api.Test;

class DriverRegistryTest {

    @Test
    void serviceLoaderProvidersLoadAndBrokenOnesDoNotBreakTheOthers() {
        DriverRegistry registry = DriverRegistry.builder().build();
        assertEquals(Set.of("good-one", "other"), registry.names());
        assertInstanceOf(TestProviders.Good.class, registry.require("good-one"), "the first one found wins");
        RegistryReport report = registry.report();
        assertEquals(3, report.found().size(), "Good, SameName and Other loaded");
        assertEquals(List.of(new RegistryReport.Clash("good-one", TestProviders.Good.class.getName(),
                TestProviders.SameName.class.getName())), report.clashes());
        String broken = report.broken().stream().map(b -> b.what() + ": " + b.error()).collect(Collectors.joining("\n"));
        assertEquals(3, report.broken().size(), report.describe());
        assertTrue(broken.contains("ThrowsInConstructor: could not be created")
                && broken.contains("libfoo.so not found"), broken);
        assertTrue(broken.contains("ThrowsInName: name() threw java.lang.UnsupportedOperationException"), broken);
        assertTrue(broken.contains("NoSuchProviderClass"), broken);
        assertTrue(report.describe().contains("chosen good-one -> " + TestProviders.Good.class.getName()),
                report.describe());
    }

    @Test
    void anExplicitProviderOverridesTheServiceLoaderOneWithTheSameName() {
        TestProviders.SameName explicit = new TestProviders.SameName();
        DriverRegistry registry = DriverRegistry.builder().provider(explicit).build();
        assertEquals(explicit, registry.require("good-one"));
        assertEquals(Source.EXPLICIT, registry.report().found().get(0).source());
        assertEquals(2, registry.report().clashes().size(), "both service-loaded good-one providers are ignored");
    }

    @Test
    void withoutServiceLoaderOnlyExplicitProvidersAreThere() {
        DriverRegistry registry = DriverRegistry.builder().withoutServiceLoader()
                .provider(new TestProviders.Other()).provider(new TestProviders.ThrowsInName()).build();
        assertEquals(Set.of("other"), registry.names());
        assertEquals(Source.EXPLICIT, registry.report().broken().get(0).source());
    }

    @Test
    void anUnknownNameListsTheAvailableDrivers() {
        DriverRegistry registry = DriverRegistry.builder().build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.require("escpos"));
        assertEquals("[DRV-UNKNOWN-DRIVER] no driver named 'escpos'; available: good-one, other"
                + " (is the driver's jar on the class path?)", e.getMessage());
        assertTrue(registry.find("escpos").isEmpty());
    }

    @Test
    void aProviderWithABadNameIsReported() {
        DriverRegistry registry = DriverRegistry.builder().withoutServiceLoader()
                .provider(new TestProviders.Named("Bad Name", Set.of())).build();
        assertTrue(registry.names().isEmpty());
        assertTrue(registry.report().broken().get(0).error().contains("'Bad Name', not a driver name"));
    }
}
