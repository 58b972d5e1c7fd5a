package org.budayang.kiosk.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import org.budayang.api.catalog.InputKind;
import org.junit.jupiter.api.Test;

class DateEditorFxTest extends EditorFxTest {

    @Test
    void steppersPickADateTodayIsMarkedAndTheRangeHolds() throws Exception {
        InputEditor e = show(input("birthDate", "出生日期", InputKind.DATE, List.of(), true, 10, ""));
        assertEquals("", e.value().get());
        assertFalse(e.valid().get());
        assertEquals("请选择日期", e.problem().get());
        assertEquals("2026", node("date-birthDate-year", Label.class).getText(), "starts at today");
        tap("key-birthDate-today");
        assertEquals("2026-11-26", e.value().get());
        assertEquals("2026年11月26日（今天）", node("display-birthDate", Label.class).getText());
        assertTrue(e.valid().get());
        tap("key-birthDate-year-down10", "key-birthDate-year-down", "key-birthDate-month-up",
                "key-birthDate-day-up");
        assertEquals("2015-12-27", e.value().get());
        assertEquals("2015年12月27日", node("display-birthDate", Label.class).getText());
        tap("key-birthDate-month-up");
        assertEquals("2016-01-27", e.value().get(), "December + 1 month is January of the next year");

        fx(() -> e.prefill("2024-02-29"));
        tap("key-birthDate-year-up");
        assertEquals("2025-02-28", e.value().get(), "29 February of a leap year + 1 year is 28 February");

        for (int i = 0; i < 2; i++) {
            tap("key-birthDate-year-up10");
        }
        assertEquals("2031-11-26", e.value().get(), "held at the latest date, today + 5 years");
        fx(() -> e.prefill("1890-01-01"));
        assertEquals("2031-11-26", e.value().get(), "a date before the earliest (today - 120 years) is ignored");
        fx(() -> e.prefill("1949-10-01"));
        assertEquals("1949-10-01", e.value().get());
        tap("key-birthDate-day-down");
        assertEquals("1949-09-30", e.value().get());
        fx(() -> e.prefill("not a date"));
        assertEquals("1949-09-30", e.value().get());
        assertTrue(height("key-birthDate-day-up") >= 64);
    }
}
