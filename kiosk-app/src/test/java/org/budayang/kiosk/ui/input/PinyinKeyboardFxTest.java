package org.budayang.kiosk.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.budayang.api.catalog.InputKind;
import org.budayang.kiosk.core.config.Theme;
import org.junit.jupiter.api.Test;

class PinyinKeyboardFxTest extends EditorFxTest {

    private void letters(String key, String pinyin) {
        for (char c : pinyin.toCharArray()) {
            tap("kb-" + key + "-" + c);
        }
    }

    @Test
    void typesLanzhouShiChengguanQuByPinyinTaps() throws Exception {
        InputEditor e = show(input("address", "详细地址", InputKind.TEXT, List.of(), true, 40, ""));
        assertEquals("请输入详细地址", e.problem().get());
        letters("address", "lan");
        assertEquals("lan", node("kb-address-pending", Label.class).getText());
        assertEquals("请点选拼音对应的汉字，或按退格删除拼音", e.problem().get());
        assertFalse(e.valid().get());
        assertEquals("兰", node("cand-address-0", Button.class).getText(), "兰 first for lan");
        robot.clickOn(candidate("兰"));
        letters("address", "zhou");
        robot.clickOn(candidate("州"));
        letters("address", "shi");
        robot.clickOn(candidate("市"));
        assertEquals("兰州市", e.value().get());
        // a phrase for two syllables at once
        letters("address", "chengguan");
        assertEquals("cheng'guan", node("kb-address-pending", Label.class).getText());
        assertTrue(List.of("城关", "城管").contains(node("cand-address-0", Button.class).getText()),
                "the phrases of cheng guan come first");
        robot.clickOn(candidate("城关"));
        assertEquals("", node("kb-address-pending", Label.class).getText(), "the phrase used up both syllables");
        letters("address", "qu");
        robot.clickOn(candidate("区"));
        assertEquals("兰州市城关区", e.value().get());
        assertTrue(e.valid().get());
        assertEquals("", e.problem().get());
    }

    @Test
    void aTextShorterThanTheMinimumIsRefusedWithTheRuleShown() throws Exception {
        InputEditor e = show(new org.budayang.api.catalog.StepInput("useUnit", "使用单位", InputKind.TEXT, List.of(),
                true, 60, "", 2));
        letters("useUnit", "lan");
        robot.clickOn(candidate("兰"));
        assertEquals("兰", e.value().get());
        assertFalse(e.valid().get(), "one character where central needs 2");
        assertEquals("请至少输入2个字", e.problem().get());
        assertEquals("请至少输入2个字", node("problem-useUnit", Label.class).getText());
        letters("useUnit", "zhou");
        robot.clickOn(candidate("州"));
        assertTrue(e.valid().get());
        assertEquals("", e.problem().get());
    }

    @Test
    void backspaceRemovesPendingLettersBeforeCharactersAndSpacePicksTheFirst() throws Exception {
        InputEditor e = show(input("name", "单位名称", InputKind.TEXT, List.of(), true, 40, ""));
        letters("name", "lan");
        robot.clickOn(candidate("兰"));
        letters("name", "zhou");
        assertTrue(node("kb-name-v", Button.class).isDisabled(), "zhouv reads as no pinyin: V is dimmed");
        assertTrue(node("kb-name-1", Button.class).isDisabled(), "no digits while pinyin is pending");
        tap("kb-name-back", "kb-name-back", "kb-name-back", "kb-name-back");
        assertEquals("", node("kb-name-pending", Label.class).getText());
        assertEquals("兰", e.value().get(), "backspace over the whole syllable left the text alone");
        tap("kb-name-back");
        assertEquals("", e.value().get());
        letters("name", "zhong");
        tap("kb-name-space");
        assertEquals("中", e.value().get(), "space picks the first candidate");
        tap("kb-name-space", "kb-name-1", "kb-name-2");
        assertEquals("中 12", e.value().get());
        tap("kb-name-latin");
        letters("name", "ab");
        assertEquals("中 12AB", e.value().get(), "英文 types capital letters");
        tap("kb-name-clear");
        assertEquals("", e.value().get());
    }

    @Test
    void maxLengthIsEnforcedAndTheCandidateBarPages() throws Exception {
        InputEditor e = show(input("city", "城市", InputKind.TEXT, List.of(), true, 3, ""));
        letters("city", "lanzhou");
        robot.clickOn(candidate("兰州"));
        letters("city", "shi");
        robot.clickOn(candidate("市"));
        assertEquals("兰州市", e.value().get());
        tap("kb-city-c");
        assertEquals("", node("kb-city-pending", Label.class).getText(), "no more letters at maxLength");
        assertEquals("兰州市", e.value().get());
        assertTrue(robot.lookup(".input-notice").queryAs(Label.class).getText().contains("最多可输入3个字"));
        tap("kb-city-back");
        letters("city", "chengguan");
        robot.clickOn(candidate("城关"));
        assertEquals("兰州", e.value().get(), "a phrase that would pass maxLength is refused");
        robot.clickOn(candidate("城"));
        assertEquals("兰州城", e.value().get());

        tap("kb-city-clear");
        letters("city", "shi");
        String first = node("cand-city-0", Button.class).getText();
        assertFalse(node("kb-city-next", Button.class).isDisabled(), "shi has more than one page");
        tap("kb-city-next");
        assertFalse(first.equals(node("cand-city-0", Button.class).getText()), "next page shows others");
        tap("kb-city-prev");
        assertEquals(first, node("cand-city-0", Button.class).getText());
    }

    @Test
    void keysAreLargeInBothThemes() throws Exception {
        show(input("a", "地址", InputKind.TEXT, List.of(), true, 40, ""), Theme.STANDARD);
        double standard = height("kb-a-q");
        assertTrue(standard >= 64, "standard key " + standard);
        letters("a", "lan");
        assertTrue(node("cand-a-0", Button.class).getHeight() >= 64);
        show(input("b", "地址", InputKind.TEXT, List.of(), true, 40, ""), Theme.ELDER);
        assertTrue(height("kb-b-q") >= 96, "elder key " + height("kb-b-q"));
        double right = robot.lookup("#kb-b-p").query().localToScene(robot.lookup("#kb-b-p").query()
                .getBoundsInLocal()).getMaxX();
        assertTrue(right <= InputStage.WIDTH, "the elder keyboard fits 1080 px: P ends at " + right);
    }
}
