package org.budayang.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemGuideTest {
    @Test
    void acceptsTheUsualChinesePhoneNumbers() {
        for (String phone : List.of("12345", "12366", "0931-12345", "0931-8888888", "09318888888", "110")) {
            assertEquals(phone, guideWithPhones(phone, "12345").consultationPhone());
            assertEquals(phone, guideWithPhones("12345", phone).complaintPhone());
        }
    }

    @Test
    void aBadPhoneIsNamedWithItsValueAndAnExample() {
        IllegalArgumentException consult = assertThrows(IllegalArgumentException.class,
                () -> guideWithPhones("call us", "12345"));
        assertEquals("ItemGuide.consultationPhone: 'call us' is not valid; expected a telephone number such as "
                + "0931-12345 or 12345", consult.getMessage());
        IllegalArgumentException complaint = assertThrows(IllegalArgumentException.class,
                () -> guideWithPhones("12345", "+86 931 1234"));
        assertTrue(complaint.getMessage().startsWith("ItemGuide.complaintPhone: '+86 931 1234' is not valid"),
                complaint.getMessage());
        assertEquals("ItemGuide.complaintPhone must not be blank",
                assertThrows(IllegalArgumentException.class, () -> guideWithPhones("12345", " ")).getMessage());
    }

    @Test
    void everyGuideElementIsRequired() {
        assertEquals("ItemGuide.legalBasis must not be blank", refusal(() -> new ItemGuide("", List.of("c"),
                List.of(), List.of("p"), new TimeLimits(0, 0), 0, "不收费", "地点", "时间", "12345", "12345")));
        assertEquals("ItemGuide.conditions must list at least one entry", refusal(() -> new ItemGuide("《法》",
                List.of(), List.of(), List.of("p"), new TimeLimits(0, 0), 0, "不收费", "地点", "时间", "12345", "12345")));
        assertEquals("ItemGuide.process must list at least one entry", refusal(() -> new ItemGuide("《法》",
                List.of("c"), List.of(), List.of(), new TimeLimits(0, 0), 0, "不收费", "地点", "时间", "12345", "12345")));
        assertEquals("ItemGuide.timeLimits is required", refusal(() -> new ItemGuide("《法》", List.of("c"),
                List.of(), List.of("p"), null, 0, "不收费", "地点", "时间", "12345", "12345")));
        assertEquals("ItemGuide.fee must not be blank", refusal(() -> new ItemGuide("《法》", List.of("c"),
                List.of(), List.of("p"), new TimeLimits(0, 0), 0, null, "地点", "时间", "12345", "12345")));
        assertEquals("ItemGuide.materials is required", refusal(() -> new ItemGuide("《法》", List.of("c"),
                null, List.of("p"), new TimeLimits(0, 0), 0, "不收费", "地点", "时间", "12345", "12345")));
    }

    @Test
    void visitsAreZeroToFive() {
        assertEquals("ItemGuide.onSiteVisits: 6 is out of range; expected 0..5", refusal(() -> new ItemGuide("《法》",
                List.of("c"), List.of(), List.of("p"), new TimeLimits(0, 0), 6, "不收费", "地点", "时间", "12345",
                "12345")));
    }

    @Test
    void aBlankConditionIsRefused() {
        assertEquals("ItemGuide.conditions contains an empty entry", refusal(() -> new ItemGuide("《法》",
                List.of("c", " "), List.of(), List.of("p"), new TimeLimits(0, 0), 0, "不收费", "地点", "时间",
                "12345", "12345")));
    }

    @Test
    void aPureQueryMayListNoMaterials() {
        assertTrue(Samples.guide(List.of()).materials().isEmpty());
    }

    @Test
    void listsAreCopiedAndCannotBeChangedAfterwards() {
        List<String> conditions = new ArrayList<>(List.of("本人"));
        ItemGuide guide = new ItemGuide("《法》", conditions, List.of(), List.of("p"), new TimeLimits(0, 0), 0, "不收费",
                "地点", "时间", "12345", "12345");
        conditions.add("改了");
        assertEquals(List.of("本人"), guide.conditions());
        assertThrows(UnsupportedOperationException.class, () -> guide.conditions().add("x"));
    }

    private static ItemGuide guideWithPhones(String consultation, String complaint) {
        return new ItemGuide("《法》", List.of("c"), List.of(), List.of("p"), new TimeLimits(0, 0), 0, "不收费", "地点",
                "时间", consultation, complaint);
    }

    private static String refusal(org.junit.jupiter.api.function.Executable construction) {
        return assertThrows(IllegalArgumentException.class, construction).getMessage();
    }
}
