package org.budayang.kiosk.availability;

import static org.budayang.kiosk.catalog.TestCatalogs.MEDICAL_TRANSFER;
import static org.budayang.kiosk.catalog.TestCatalogs.NO_CRIMINAL_RECORD;
import static org.budayang.kiosk.catalog.TestCatalogs.SERVICE_POINTS;
import static org.budayang.kiosk.catalog.TestCatalogs.TRAFFIC_FINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.junit.jupiter.api.Test;

class AvailabilityServiceTest {
    private static final ZoneId LANZHOU = ZoneId.of("Asia/Shanghai");
    /** 10:00 in Lanzhou. */
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), LANZHOU);
    /** 22:30 in Lanzhou, while 异地就医备案 is open 08:00-20:00 only. */
    private static final Clock NIGHT = Clock.fixed(Instant.parse("2026-11-26T14:30:00Z"), LANZHOU);

    private final AtomicBoolean centralUp = new AtomicBoolean(true);
    private final Set<DeviceRole> present = EnumSet.allOf(DeviceRole.class);

    private AvailabilityService service(Clock clock) {
        return new AvailabilityService(clock, centralUp::get, present::contains);
    }

    @Test
    void everythingInPlaceMeansAvailable() {
        AvailabilityService service = service(MORNING);
        for (ServiceItem item : TestCatalogs.items()) {
            assertEquals(ItemAvailability.AVAILABLE, service.check(item), item.name());
        }
    }

    @Test
    void centralUnreachableConcernsOnlyItemsThatNeedCentral() {
        centralUp.set(false);
        AvailabilityService service = service(MORNING);
        assertEquals(ItemAvailability.of(List.of(Unavailability.of(Reason.CENTRAL_UNREACHABLE))),
                service.check(TestCatalogs.item(NO_CRIMINAL_RECORD)));
        assertEquals(ItemAvailability.AVAILABLE, service.check(TestCatalogs.item(SERVICE_POINTS)));
    }

    @Test
    void centralReachabilityIsReadAtEveryCheck() {
        AvailabilityService service = service(MORNING);
        ServiceItem item = TestCatalogs.item(NO_CRIMINAL_RECORD);
        assertTrue(service.check(item).available());
        centralUp.set(false);
        assertFalse(service.check(item).available());
        centralUp.set(true);
        assertTrue(service.check(item).available());
    }

    @Test
    void eachMissingDeviceIsOneReason() {
        present.removeAll(List.of(DeviceRole.CAMERA, DeviceRole.DOCUMENT_PRINTER, DeviceRole.CASH_ACCEPTOR));
        ItemAvailability availability = service(MORNING).check(TestCatalogs.item(NO_CRIMINAL_RECORD));
        assertEquals(List.of(Unavailability.deviceMissing(DeviceRole.DOCUMENT_PRINTER),
                Unavailability.deviceMissing(DeviceRole.CAMERA)), availability.reasons());
        assertFalse(availability.available());
    }

    @Test
    void outsideServiceHoursIsAReason() {
        assertEquals(ItemAvailability.AVAILABLE, service(MORNING).check(TestCatalogs.item(MEDICAL_TRANSFER)));
        assertEquals(ItemAvailability.of(List.of(Unavailability.of(Reason.OUTSIDE_SERVICE_HOURS))),
                service(NIGHT).check(TestCatalogs.item(MEDICAL_TRANSFER)));
        assertEquals(ItemAvailability.AVAILABLE, service(NIGHT).check(TestCatalogs.item(NO_CRIMINAL_RECORD)),
                "an all-day item is open at night");
    }

    @Test
    void serviceHoursAreReadInTheClocksZone() {
        // 22:30 in Lanzhou is 14:30 UTC: inside 08:00-20:00 only if the zone were ignored
        Clock utc = NIGHT.withZone(ZoneId.of("UTC"));
        assertTrue(service(utc).check(TestCatalogs.item(MEDICAL_TRANSFER)).available());
        assertFalse(service(NIGHT).check(TestCatalogs.item(MEDICAL_TRANSFER)).available());
    }

    @Test
    void allReasonsAreListedTogether() {
        centralUp.set(false);
        present.remove(DeviceRole.ID_CARD_READER);
        present.remove(DeviceRole.RECEIPT_PRINTER);
        present.remove(DeviceRole.SOCIAL_CARD_READER);
        present.remove(DeviceRole.QR_SCANNER);
        ItemAvailability availability = service(NIGHT).check(TestCatalogs.item(MEDICAL_TRANSFER));
        assertEquals(List.of(Unavailability.of(Reason.CENTRAL_UNREACHABLE),
                Unavailability.deviceMissing(DeviceRole.ID_CARD_READER),
                Unavailability.deviceMissing(DeviceRole.SOCIAL_CARD_READER),
                Unavailability.deviceMissing(DeviceRole.RECEIPT_PRINTER),
                Unavailability.deviceMissing(DeviceRole.QR_SCANNER),
                Unavailability.of(Reason.OUTSIDE_SERVICE_HOURS)), availability.reasons());
        assertTrue(availability.has(Reason.OUTSIDE_SERVICE_HOURS));
    }

    @Test
    void anItemThatIdentifiesNeedsOneWayThatWorksNotEveryReader() {
        ServiceItem transfer = TestCatalogs.item(MEDICAL_TRANSFER); // 医保: ID card, 社保卡 or 医保电子凭证
        present.remove(DeviceRole.ID_CARD_READER);
        assertTrue(service(MORNING).check(transfer).available(), "社保卡 and 医保电子凭证 still work");
        assertEquals(Set.of(DeviceRole.ID_CARD_READER), service(MORNING).check(transfer).standingBy(),
                "the unplugged reader is standing by, never claimed ready");
        present.remove(DeviceRole.SOCIAL_CARD_READER);
        assertTrue(service(MORNING).check(transfer).available(), "医保电子凭证 still works");
        present.remove(DeviceRole.QR_SCANNER);
        assertEquals(List.of(Unavailability.deviceMissing(DeviceRole.ID_CARD_READER),
                Unavailability.deviceMissing(DeviceRole.SOCIAL_CARD_READER),
                Unavailability.deviceMissing(DeviceRole.QR_SCANNER)), service(MORNING).check(transfer).reasons(),
                "no way works: each way's missing device is a reason");
        present.add(DeviceRole.SOCIAL_CARD_READER);
        assertTrue(service(MORNING).check(transfer).available(), "the 社保卡 is back");
    }

    @Test
    void presenceFollowsTheLiveHealthOfTheDeviceBoard() {
        DeviceBoard board = new DeviceBoard(MORNING, Runnable::run);
        AvailabilityService service = new AvailabilityService(MORNING, () -> true, board::canServe);
        assertEquals(List.of(Unavailability.deviceMissing(DeviceRole.ID_CARD_READER),
                Unavailability.deviceMissing(DeviceRole.DOCUMENT_PRINTER), Unavailability.deviceMissing(DeviceRole.CAMERA)),
                service.check(TestCatalogs.item(NO_CRIMINAL_RECORD)).reasons(), "nothing configured: all missing");
        for (DeviceRole role : DeviceRole.values()) {
            board.update(role, DeviceStatus.online(MORNING.instant()));
        }
        assertTrue(service.check(TestCatalogs.item(NO_CRIMINAL_RECORD)).available());
        board.update("idCardReader", DeviceStatus.offline(MORNING.instant(), "no answer within 400 ms"));
        assertEquals(List.of(Unavailability.deviceMissing(DeviceRole.ID_CARD_READER)),
                service.check(TestCatalogs.item(NO_CRIMINAL_RECORD)).reasons(), "a configured but silent reader is missing");
        board.update("idCardReader", new DeviceStatus(Health.DEGRADED, Set.of(), RecommendedAction.MAINTENANCE,
                MORNING.instant(), "retries"));
        assertTrue(service.check(TestCatalogs.item(NO_CRIMINAL_RECORD)).available(), "DEGRADED can still serve");
        board.update(DeviceRole.CASH_ACCEPTOR, DeviceStatus.notConfigured(MORNING.instant(), "none"));
        assertEquals(List.of(Unavailability.deviceMissing(DeviceRole.CASH_ACCEPTOR)),
                service.check(TestCatalogs.item(TRAFFIC_FINE)).reasons());
    }

    @Test
    void reasonsHaveTheirBundleKeys() {
        assertEquals("availability.reason.central_unreachable", Reason.CENTRAL_UNREACHABLE.bundleKey());
        assertEquals("availability.reason.device_missing", Reason.DEVICE_MISSING.bundleKey());
        assertEquals("availability.reason.outside_service_hours", Reason.OUTSIDE_SERVICE_HOURS.bundleKey());
    }

    @Test
    void recordsRefuseInconsistentValues() {
        assertThrows(IllegalArgumentException.class, () -> new Unavailability(Reason.DEVICE_MISSING, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Unavailability(Reason.CENTRAL_UNREACHABLE, DeviceRole.CAMERA));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ItemAvailability(true, List.of(Unavailability.of(Reason.CENTRAL_UNREACHABLE))));
        assertTrue(e.getMessage().contains("available=true contradicts"), e.getMessage());
    }
}
