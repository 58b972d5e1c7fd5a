package org.budayang.central.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.FlowStep;
import org.budayang.api.catalog.ItemGuide;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.catalog.StepType;
import org.budayang.central.TestCatalogs;
import org.junit.jupiter.api.Test;

/** The sample catalogue bundled with central: complete guides, consistent flows and devices. */
class BundledCatalogTest {
    private final Catalog catalog = TestCatalogs.bundled();

    @Test
    void hasAtLeastTwelveItemsAndThreePerDepartmentAllInChengguan() {
        assertTrue(catalog.items().size() >= 12, "items: " + catalog.items().size());
        for (Department department : Department.values()) {
            assertTrue(catalog.byDepartment(department).size() >= 3, department.name());
        }
        for (ServiceItem item : catalog.items()) {
            assertEquals("620102", item.regionCode(), item.implementationCode());
        }
    }

    @Test
    void offersTheHighFrequencyItemsOfDomainMd() {
        for (String name : List.of("身份证", "无犯罪记录证明", "户籍证明", "交通违法", "纳税记录", "社会保险费缴费证明",
                "参保证明", "个人权益记录", "资格认证", "城乡居民基本养老保险缴费", "参保凭证", "异地就医备案",
                "城乡居民基本医疗保险缴费")) {
            assertTrue(catalog.items().stream().anyMatch(i -> i.name().contains(name)), "no item named *" + name + "*");
        }
    }

    @Test
    void everyGuideIsComplete() {
        for (ServiceItem item : catalog.items()) {
            ItemGuide guide = item.guide();
            String id = item.implementationCode() + " " + item.name();
            assertTrue(guide.legalBasis().matches(".*《[^》]+》.*"), id + " legal basis names no law: " + guide.legalBasis());
            assertFalse(guide.conditions().isEmpty(), id);
            assertFalse(guide.process().isEmpty(), id);
            assertTrue(guide.timeLimits().promisedWorkingDays() <= guide.timeLimits().legalWorkingDays(), id);
            for (String text : List.of(guide.fee(), guide.location(), guide.hours())) {
                assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        id + " has a guide text that is not Chinese: " + text);
            }
            assertTrue(Set.of("12345", "12366", "12333", "12393").contains(guide.consultationPhone()), id);
            assertEquals("12345", guide.complaintPhone(), id);
            assertFalse(item.keywords().isEmpty(), id + " has no search keywords");
            boolean identifies = steps(item).contains(StepType.IDENTIFY) || steps(item).contains(StepType.FILL);
            assertTrue(!identifies || !guide.materials().isEmpty(), id + " asks for something but lists no material");
        }
    }

    @Test
    void flowsNeedTheDevicesTheyUseAndEndWithAnEvaluation() {
        for (ServiceItem item : catalog.items()) {
            String id = item.implementationCode() + " " + item.name();
            List<StepType> steps = steps(item);
            Set<DeviceRole> devices = item.devices();
            assertEquals(StepType.EVALUATE, steps.get(steps.size() - 1), id + ": 一次一评 after every service");
            if (steps.contains(StepType.FACE_CHECK)) {
                assertTrue(devices.contains(DeviceRole.CAMERA), id + " checks a face without a camera");
            }
            if (steps.contains(StepType.PAY)) {
                assertTrue(devices.contains(DeviceRole.CASH_ACCEPTOR), id + " takes money without cash (seed item 25)");
            }
            if (steps.contains(StepType.PRINT)) {
                assertTrue(devices.contains(DeviceRole.RECEIPT_PRINTER) || devices.contains(DeviceRole.DOCUMENT_PRINTER),
                        id + " prints without a printer");
            }
            if (devices.contains(DeviceRole.CAMERA)) {
                assertTrue(steps.contains(StepType.FACE_CHECK), id + " needs a camera it never uses");
            }
            assertEquals(item.commitmentNotice() || item.deferredAcceptance(), steps.contains(StepType.COMMITMENT),
                    id + ": a COMMITMENT step belongs exactly to 告知承诺 / 容缺受理 items");
        }
    }

    @Test
    void mostItemsNeedCentralAndTheOfflineOnesNeverTalkToADepartment() {
        List<ServiceItem> offline = catalog.items().stream().filter(i -> !i.needsCentral()).toList();
        assertTrue(offline.size() >= 1 && offline.size() <= 2, "offline items: " + offline);
        for (ServiceItem item : offline) {
            List<StepType> steps = steps(item);
            for (StepType online : List.of(StepType.IDENTIFY, StepType.FACE_CHECK, StepType.SUBMIT, StepType.PAY)) {
                assertFalse(steps.contains(online), item.name() + " works without central but has a " + online + " step");
            }
        }
    }

    @Test
    void mostItemsRunAllDayAndSomeOnlyInADailyWindow() {
        List<ServiceItem> windowed = catalog.items().stream().filter(i -> !i.serviceHours().allDay()).toList();
        assertFalse(windowed.isEmpty());
        assertTrue(windowed.size() * 2 < catalog.items().size(), "most items must be 24 h: " + windowed);
        LocalTime night = LocalTime.of(2, 0);
        for (ServiceItem item : windowed) {
            assertFalse(item.serviceHours().isOpenAt(night), item.name());
            assertTrue(item.serviceHours().isOpenAt(LocalTime.NOON), item.name());
            assertTrue(item.guide().hours().contains("夜间"), item.name() + " does not tell citizens why it closes");
        }
    }

    @Test
    void deferredAcceptanceAndCommitmentNoticeAreUsedWhereTheyApply() {
        assertTrue(catalog.items().stream().anyMatch(i -> i.deferredAcceptance() && i.name().contains("户籍证明")));
        assertTrue(catalog.items().stream().anyMatch(i -> i.commitmentNotice() && i.name().contains("无犯罪记录证明")));
        assertTrue(catalog.items().stream().anyMatch(i -> i.commitmentNotice() && i.name().contains("异地就医")));
    }

    @Test
    void citizensFindItemsByTheWordsTheyUse() {
        assertTrue(names(catalog.search("个税")).stream().anyMatch(n -> n.contains("纳税记录")));
        assertTrue(names(catalog.search("违章")).stream().anyMatch(n -> n.contains("交通违法")));
        assertTrue(names(catalog.search("异地就医")).stream().anyMatch(n -> n.contains("备案")));
        assertTrue(names(catalog.search("养老金")).stream().anyMatch(n -> n.contains("资格认证")));
        assertTrue(catalog.search("驾照年检外星人").isEmpty());
    }

    private static List<StepType> steps(ServiceItem item) {
        return item.flow().stream().map(FlowStep::type).toList();
    }

    private static List<String> names(List<ServiceItem> items) {
        return items.stream().map(ServiceItem::name).toList();
    }
}
