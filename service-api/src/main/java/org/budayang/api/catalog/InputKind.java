package org.budayang.api.catalog;

/**
 * How the kiosk asks for one value of a {@link StepInput}: as few keystrokes as possible.
 * <ul>
 *   <li>{@link #CHOICE}: one of {@link StepInput#options()}, shown as large buttons;</li>
 *   <li>{@link #YEAR}: a year, shown as buttons of the recent years ({@link StepInput#options()} may list them,
 *       else the kiosk offers the current year and the nine before);</li>
 *   <li>{@link #NUMBER}, {@link #PHONE}: digits on a numeric pad (PHONE: an 11-digit mobile number 1xxxxxxxxxx);</li>
 *   <li>{@link #DATE}: a date (yyyy-MM-dd) picked on a calendar pad;</li>
 *   <li>{@link #REGION_CODE}: a 6-digit 行政区划代码 on a numeric pad (or a region picker);</li>
 *   <li>{@link #TEXT}: free text on the on-screen keyboard with pinyin input — only where nothing else works.</li>
 * </ul>
 */
public enum InputKind {
    CHOICE,
    YEAR,
    NUMBER,
    PHONE,
    DATE,
    REGION_CODE,
    TEXT
}
