package org.budayang.api.catalog;

import static org.budayang.api.catalog.Samples.BASIC;
import static org.budayang.api.catalog.Samples.IMPLEMENTATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceItemTest {
    @Test
    void aValidItemKnowsItsRegion() {
        assertEquals("620102", Samples.item().regionCode());
    }

    @Test
    void aBadBasicCodeIsNamedWithTheExpectedForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Samples.item("XK0004100", "620102-GA01-XK0004100", "x", Department.TAX));
        assertEquals("ServiceItem.basicCode: 'XK0004100' is not valid; expected two capital letters for the item "
                + "type, then 5 + 3 digits, e.g. XK00041001", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Samples.item("xk00041001", "620102-GA01-xk00041001", "x", Department.TAX));
    }

    @Test
    void aBadImplementationCodeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Samples.item(BASIC, "6201-GA01-" + BASIC, "x", Department.TAX));
        assertEquals("ServiceItem.implementationCode of " + BASIC + ": '6201-GA01-" + BASIC + "' is not valid; "
                + "expected <6-digit region>-<agency code>-<basic code>, e.g. 620102-GA01-QT00041001", e.getMessage());
    }

    @Test
    void theImplementationCodeMustEndWithTheBasicCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Samples.item(BASIC, "620102-GA01-QT00012002", "x", Department.TAX));
        assertEquals("ServiceItem.implementationCode: '620102-GA01-QT00012002' does not end with its basic code "
                + BASIC, e.getMessage());
    }

    @Test
    void missingPartsNameTheItem() {
        assertEquals("ServiceItem.name of " + IMPLEMENTATION + " must not be blank",
                assertThrows(IllegalArgumentException.class,
                        () -> Samples.item(BASIC, IMPLEMENTATION, " ", Department.TAX)).getMessage());
        assertEquals("ServiceItem.department of " + IMPLEMENTATION + " is required",
                assertThrows(IllegalArgumentException.class,
                        () -> Samples.item(BASIC, IMPLEMENTATION, "户籍证明", null)).getMessage());
        assertEquals("ServiceItem.flow of " + IMPLEMENTATION + " must list at least one entry",
                assertThrows(IllegalArgumentException.class, () -> new ServiceItem(BASIC, IMPLEMENTATION, "户籍证明",
                        Department.PUBLIC_SECURITY, "分局", Samples.guide(), List.of(), EnumSet.noneOf(DeviceRole.class),
                        ServiceHours.ALL_DAY, true, false, false, List.of())).getMessage());
        assertEquals("ServiceItem.serviceHours of " + IMPLEMENTATION + " is required",
                assertThrows(IllegalArgumentException.class, () -> new ServiceItem(BASIC, IMPLEMENTATION, "户籍证明",
                        Department.PUBLIC_SECURITY, "分局", Samples.guide(), Samples.flow(), EnumSet.noneOf(DeviceRole.class), null, true,
                        false, false, List.of())).getMessage());
    }

    @Test
    void deferredAcceptanceNeedsADeferrableMaterial() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServiceItem(BASIC, IMPLEMENTATION, "户籍证明", Department.PUBLIC_SECURITY, "分局",
                        Samples.guide(List.of(Samples.idCard(), Samples.householdRegister(false))), Samples.flow(),
                        EnumSet.noneOf(DeviceRole.class), ServiceHours.ALL_DAY, true, true, false, List.of()));
        assertEquals("ServiceItem " + IMPLEMENTATION + " allows 容缺受理 but none of its materials is marked deferrable",
                e.getMessage());
        assertTrue(new ServiceItem(BASIC, IMPLEMENTATION, "户籍证明", Department.PUBLIC_SECURITY, "分局",
                Samples.guide(List.of(Samples.idCard(), Samples.householdRegister(true))), Samples.flow(),
                EnumSet.noneOf(DeviceRole.class), ServiceHours.ALL_DAY, true, true, false, List.of())
                .deferredAcceptance());
    }

    @Test
    void keywordsDefaultToNoneAndCollectionsAreCopied() {
        EnumSet<DeviceRole> devices = EnumSet.of(DeviceRole.ID_CARD_READER);
        ServiceItem item = new ServiceItem(BASIC, IMPLEMENTATION, "户籍证明", Department.PUBLIC_SECURITY, "分局",
                Samples.guide(), Samples.flow(), devices, ServiceHours.ALL_DAY, true, false, false, null);
        devices.add(DeviceRole.CAMERA);
        assertEquals(List.of(), item.keywords());
        assertEquals(Set.of(DeviceRole.ID_CARD_READER), item.devices());
        assertThrows(UnsupportedOperationException.class, () -> item.devices().add(DeviceRole.CAMERA));
    }

    @Test
    void aNullDeviceIsRefusedNamingTheItem() {
        Set<DeviceRole> withNull = new java.util.HashSet<>(java.util.Arrays.asList(DeviceRole.CAMERA, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServiceItem(BASIC, IMPLEMENTATION, "户籍证明", Department.PUBLIC_SECURITY, "分局",
                        Samples.guide(), Samples.flow(), withNull, ServiceHours.ALL_DAY, true, false, false, null));
        assertEquals("ServiceItem.devices of " + IMPLEMENTATION + " contains an empty entry", e.getMessage());
    }

    /**
     * Regression: {@code Checks.set} once called {@code values.contains(null)}, which throws for the
     * JDK's immutable sets ({@code Set.of(...)}), so an item built in code could not be constructed.
     */
    @Test
    void immutableDeviceSetsAreAccepted() {
        ServiceItem item = new ServiceItem(BASIC, IMPLEMENTATION, "户籍证明", Department.PUBLIC_SECURITY, "分局",
                Samples.guide(), Samples.flow(), Set.of(DeviceRole.CAMERA), ServiceHours.ALL_DAY, true, false, false,
                List.of());
        assertEquals(Set.of(DeviceRole.CAMERA), item.devices());
    }

    @Test
    void matchesByNameKeywordOrBasicCode() {
        ServiceItem item = Samples.item(); // 户籍证明开具, keywords 户口 户籍
        assertTrue(item.matches("户籍证明"));
        assertTrue(item.matches(" 开具 "));
        assertTrue(item.matches("户口"));
        assertTrue(item.matches("我要开户口证明"), "a query that contains a keyword");
        assertTrue(item.matches("qt00012001"));
        assertFalse(item.matches("纳税记录"));
        assertFalse(item.matches(""));
        assertFalse(item.matches("   "));
        assertFalse(item.matches(null));
    }
}
