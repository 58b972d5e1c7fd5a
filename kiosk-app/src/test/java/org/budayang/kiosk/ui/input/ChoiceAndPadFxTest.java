package org.budayang.kiosk.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.ToggleButton;
import org.budayang.api.catalog.InputKind;
import org.budayang.kiosk.core.config.Theme;
import org.junit.jupiter.api.Test;

class ChoiceAndPadFxTest extends EditorFxTest {
    private static final List<String> SEVEN = List.of("出国（境）", "就业", "入学", "参军", "落户", "办理签证", "其他用途");

    @Test
    void choiceTakesOneTapAndWrapsSevenLargeButtons() throws Exception {
        InputEditor e = show(input("purpose", "申请用途", InputKind.CHOICE, SEVEN, true, 20, "请选择一项"));
        assertEquals("", e.value().get());
        assertFalse(e.valid().get());
        assertEquals("请选择申请用途", e.problem().get());
        tap("choice-purpose-2");
        assertEquals("入学", e.value().get());
        assertTrue(e.valid().get());
        assertEquals("", e.problem().get());
        tap("choice-purpose-6", "choice-purpose-6");
        assertEquals("其他用途", e.value().get(), "a second tap on the chosen one keeps it");
        assertFalse(node("choice-purpose-2", ToggleButton.class).isSelected());
        Set<Double> rows = robot.lookup(".choice-button").queryAllAs(ToggleButton.class).stream()
                .map(b -> {
                    assertTrue(b.getHeight() >= 64, b.getText() + " is " + b.getHeight() + " px high");
                    return b.localToScene(0, 0).getY();
                }).collect(Collectors.toSet());
        assertTrue(rows.size() >= 2, "7 options wrap onto more rows: " + rows);
        fx(() -> e.prefill("就业"));
        assertEquals("就业", e.value().get());
        assertTrue(node("choice-purpose-1", ToggleButton.class).isSelected());
        fx(() -> e.prefill("不存在的选项"));
        assertEquals("就业", e.value().get(), "a value that is no option is ignored");
    }

    @Test
    void yearOffersThisYearAndTheNineBeforeOrTheGivenYears() throws Exception {
        InputEditor e = show(input("fromYear", "起始年份", InputKind.YEAR, List.of(), true, 4, ""));
        List<String> years = robot.lookup(".choice-button").queryAllAs(ToggleButton.class).stream()
                .map(ToggleButton::getText).sorted().toList();
        assertEquals(List.of("2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"), years);
        assertEquals("请选择年份", e.problem().get());
        tap("choice-fromYear-0");
        assertEquals("2026", e.value().get());
        tap("choice-fromYear-6");
        assertEquals("2020", e.value().get());
        assertTrue(e.valid().get());

        InputEditor given = show(input("toYear", "截止年份", InputKind.YEAR, List.of("2024", "2025"), false, 4, ""));
        assertEquals(List.of("2024", "2025"), robot.lookup(".choice-button").queryAllAs(ToggleButton.class).stream()
                .map(ToggleButton::getText).toList(), "the given years only");
        assertTrue(given.valid().get(), "not required: nothing chosen is fine");
    }

    @Test
    void phonePadTypesElevenDigitsGroupedAndExplainsWhatIsMissing() throws Exception {
        InputEditor e = show(input("mobile", "手机号码", InputKind.PHONE, List.of(), true, 11, ""));
        DigitEditor pad = (DigitEditor) e;
        assertEquals("请输入11位手机号码", e.problem().get());
        pad("mobile", "138001380009");
        assertEquals("13800138000", e.value().get(), "the twelfth digit is refused");
        assertEquals("138 0013 8000", pad.shown());
        assertTrue(e.valid().get());
        tap("key-mobile-back");
        assertFalse(e.valid().get());
        assertEquals("请输入11位手机号码，还差1位", e.problem().get());
        tap("key-mobile-clear");
        assertEquals("", e.value().get());
        assertEquals("请输入11位手机号码", e.problem().get());
        pad("mobile", "2");
        assertEquals("手机号码应以1开头，请核对", e.problem().get());
        fx(() -> e.prefill("139 1234 5678"));
        assertEquals("13912345678", e.value().get());
        assertTrue(e.valid().get());
        assertTrue(robot.lookup("#key-mobile-point").tryQuery().isEmpty(), "no decimal point on a phone pad");
        assertTrue(height("key-mobile-5") >= 64, "key is " + height("key-mobile-5") + " px");
    }

    @Test
    void regionCodeNeedsSixDigitsWithAProvincePrefix() throws Exception {
        InputEditor e = show(input("region", "行政区划代码", InputKind.REGION_CODE, List.of(), true, 6, ""));
        pad("region", "6201");
        assertEquals("行政区划代码应为6位数字，还差2位", e.problem().get());
        pad("region", "029");
        assertEquals("620102", e.value().get());
        assertTrue(e.valid().get());
        tap("key-region-clear");
        pad("region", "990000");
        assertFalse(e.valid().get());
        assertEquals("行政区划代码前两位不是有效的省份代码，请核对", e.problem().get());
        tap("key-region-clear");
        pad("region", "820000");
        assertTrue(e.valid().get(), "澳门 82");
        fx(() -> e.prefill("62010"));
        assertEquals("820000", e.value().get(), "a prefill of the wrong length is ignored");
    }

    @Test
    void amountsTakeOnePointAndTwoDecimalsOtherNumbersDigitsOnly() throws Exception {
        InputEditor amount = show(input("amount", "缴费金额", InputKind.NUMBER, List.of(), true, 9, "单位：元"));
        pad("amount", "12..505");
        assertEquals("12.50", amount.value().get(), "a second point and a third decimal are refused");
        assertTrue(amount.valid().get());
        tap("key-amount-back", "key-amount-back", "key-amount-back");
        assertEquals("12", amount.value().get());
        pad("amount", ".");
        assertEquals("请输入完整的金额（小数点后需有数字）", amount.problem().get());
        fx(() -> amount.prefill("360.00"));
        assertEquals("360.00", amount.value().get());

        InputEditor count = show(input("persons", "人数", InputKind.NUMBER, List.of(), true, 2, ""));
        assertEquals("请输入人数", count.problem().get());
        assertTrue(robot.lookup("#key-persons-point").tryQuery().isEmpty(), "no point when no amount is asked");
        pad("persons", "123");
        assertEquals("12", count.value().get(), "maxLength 2");
        fx(() -> count.prefill("1.5"));
        assertEquals("12", count.value().get());
    }

    @Test
    void elderThemeMakesEveryKeyAtLeast96PxHigh() throws Exception {
        show(input("mobile", "手机号码", InputKind.PHONE, List.of(), true, 11, ""), Theme.ELDER);
        for (String key : new String[] {"1", "0", "back", "clear"}) {
            assertTrue(height("key-mobile-" + key) >= 96, key + " is " + height("key-mobile-" + key) + " px");
        }
        show(input("purpose", "申请用途", InputKind.CHOICE, SEVEN, true, 20, ""), Theme.ELDER);
        assertTrue(height("choice-purpose-0") >= 96);
    }
}
