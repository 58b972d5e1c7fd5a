package org.budayang.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeviceStatusTest {
    private static final Instant AT = Instant.parse("2026-03-01T08:30:00Z");

    @Test
    void sameAsComparesWhatIsSaidNotWhen() {
        DeviceStatus offline = DeviceStatus.offline(AT, "no answer");
        assertTrue(offline.sameAs(DeviceStatus.offline(AT.plusSeconds(5), "no answer")));
        assertFalse(offline.sameAs(DeviceStatus.offline(AT, "link lost")));
        assertFalse(offline.sameAs(null));
        DeviceStatus online = new DeviceStatus(Health.ONLINE, Set.of(), RecommendedAction.NONE, AT, "no answer");
        assertFalse(offline.sameAs(online));
        DeviceStatus low = new DeviceStatus(Health.ONLINE, Set.of(Condition.PAPER_LOW), RecommendedAction.NONE, AT,
                "no answer");
        assertFalse(online.sameAs(low));
        assertFalse(new DeviceStatus(Health.ONLINE, Set.of(Condition.PAPER_LOW), RecommendedAction.CLEAR, AT,
                "no answer").sameAs(low));
    }

    @Test
    void onlineWithAWarningConditionIsValidAndKeepsIt() {
        DeviceStatus status = new DeviceStatus(Health.ONLINE, Set.of(Condition.PAPER_LOW), RecommendedAction.CLEAR,
                AT, "paper sensor: near end");

        assertTrue(status.has(Condition.PAPER_LOW));
        assertFalse(status.has(Condition.PAPER_OUT));
        assertEquals(RecommendedAction.CLEAR, status.action());
        assertEquals("paper sensor: near end", status.detail());
    }

    @Test
    void onlineWithPaperOutIsRefusedNamingBoth() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DeviceStatus(Health.ONLINE, Set.of(Condition.PAPER_OUT, Condition.PAPER_LOW),
                        RecommendedAction.CLEAR, AT, ""));

        assertEquals("DeviceStatus: health ONLINE contradicts blocking condition(s) [PAPER_OUT]: a device that"
                + " cannot work is not ONLINE; report DEGRADED, USER_ERROR or HARDWARE_ERROR", error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Condition.class, names = {"PAPER_OUT", "JAM", "COVER_OPEN", "TONER_OUT", "CASHBOX_FULL",
            "CASHBOX_REMOVED"})
    void everyBlockingConditionIsRefusedWhileBusy(Condition condition) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DeviceStatus(Health.BUSY, Set.of(condition), RecommendedAction.CLEAR, AT, ""));

        assertTrue(error.getMessage().contains("health BUSY contradicts blocking condition(s) [" + condition + "]"),
                error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Health.class, names = {"DEGRADED", "USER_ERROR", "HARDWARE_ERROR"})
    void aBlockingConditionIsAcceptedWithAHealthThatAdmitsTrouble(Health health) {
        DeviceStatus status = new DeviceStatus(health, Set.of(Condition.JAM, Condition.COVER_OPEN),
                RecommendedAction.CLEAR, AT, "status byte 0x0C");

        assertEquals(EnumSet.of(Condition.JAM, Condition.COVER_OPEN), status.conditions());
    }

    @ParameterizedTest
    @EnumSource(value = Health.class, names = {"OFFLINE", "NOT_CONFIGURED"})
    void aDeviceThatDoesNotAnswerCarriesNoCondition(Health health) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DeviceStatus(health, Set.of(Condition.PAPER_LOW), RecommendedAction.CONFIGURATION, AT, ""));

        assertEquals("DeviceStatus: health " + health + " cannot carry conditions [PAPER_LOW]: no device answered,"
                + " so no condition is known", error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Health.class, names = {"OFFLINE", "NOT_CONFIGURED", "HARDWARE_ERROR", "USER_ERROR"})
    void aHealthThatNeedsStaffNeedsAnAction(Health health) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DeviceStatus(health, Set.of(), RecommendedAction.NONE, AT, ""));

        assertEquals("DeviceStatus: health " + health + " needs a recommended action for staff, got NONE",
                error.getMessage());
    }

    @Test
    void notConfiguredNeedsTheConfigurationAction() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DeviceStatus(Health.NOT_CONFIGURED, Set.of(), RecommendedAction.RESET, AT, ""));

        assertEquals("DeviceStatus: health NOT_CONFIGURED needs action CONFIGURATION, got RESET", error.getMessage());
    }

    @Test
    void factoriesBuildConsistentStatuses() {
        assertEquals(new DeviceStatus(Health.ONLINE, Set.of(), RecommendedAction.NONE, AT, ""),
                DeviceStatus.online(AT));
        DeviceStatus notConfigured = DeviceStatus.notConfigured(AT, "no driver for role cashAcceptor");
        assertEquals(Health.NOT_CONFIGURED, notConfigured.health());
        assertEquals(RecommendedAction.CONFIGURATION, notConfigured.action());
        DeviceStatus offline = DeviceStatus.offline(AT, "/dev/ttyUSB0: no answer within 500ms");
        assertEquals(Health.OFFLINE, offline.health());
        assertEquals(RecommendedAction.RESET, offline.action());
        assertEquals("/dev/ttyUSB0: no answer within 500ms", offline.detail());
    }

    @Test
    void conditionsAreCopiedUnmodifiableAndInEnumOrder() {
        Set<Condition> source = new HashSet<>(List.of(Condition.CARD_PRESENT, Condition.PAPER_LOW));
        DeviceStatus status = new DeviceStatus(Health.ONLINE, source, RecommendedAction.NONE, AT, "");
        source.add(Condition.JAM);

        assertEquals(List.of(Condition.PAPER_LOW, Condition.CARD_PRESENT), new ArrayList<>(status.conditions()));
        assertThrows(UnsupportedOperationException.class, () -> status.conditions().add(Condition.TONER_LOW));
    }

    @Test
    void missingPartsAreNamed() {
        NullPointerException noHealth = assertThrows(NullPointerException.class,
                () -> new DeviceStatus(null, Set.of(), RecommendedAction.NONE, AT, ""));
        assertEquals("DeviceStatus.health is required", noHealth.getMessage());
        NullPointerException noAt = assertThrows(NullPointerException.class,
                () -> new DeviceStatus(Health.ONLINE, Set.of(), RecommendedAction.NONE, null, ""));
        assertEquals("DeviceStatus.at is required", noAt.getMessage());
        Set<Condition> withNull = new HashSet<>();
        withNull.add(null);
        IllegalArgumentException nullCondition = assertThrows(IllegalArgumentException.class,
                () -> new DeviceStatus(Health.ONLINE, withNull, RecommendedAction.NONE, AT, ""));
        assertEquals("DeviceStatus.conditions must not contain null, got [null]", nullCondition.getMessage());
    }

    @Test
    void healthClassifiesWhatAKioskMayOffer() {
        assertEquals(EnumSet.of(Health.ONLINE, Health.BUSY), healthsWhere(Health::isOperational));
        assertEquals(EnumSet.of(Health.ONLINE, Health.BUSY, Health.DEGRADED), healthsWhere(Health::canServe));
        assertEquals(EnumSet.of(Health.OFFLINE, Health.NOT_CONFIGURED, Health.HARDWARE_ERROR, Health.USER_ERROR),
                healthsWhere(Health::needsStaff));
    }

    private static Set<Health> healthsWhere(java.util.function.Predicate<Health> test) {
        EnumSet<Health> result = EnumSet.noneOf(Health.class);
        for (Health health : Health.values()) {
            if (test.test(health)) {
                result.add(health);
            }
        }
        return result;
    }
}
