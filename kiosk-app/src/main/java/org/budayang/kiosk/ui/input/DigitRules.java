package org.budayang.kiosk.ui.input;

import java.util.Set;
import org.budayang.api.catalog.InputKind;
import org.budayang.api.catalog.StepInput;

/**
 * What the numeric pad accepts and how it shows it, per kind: PHONE (11 digits from 1, shown 138 0013 8000),
 * REGION_CODE (6 digits, a real province prefix), NUMBER (digits up to maxLength, and one decimal point with at most
 * two decimals when the label or hint speaks of an amount: 金额, 元, 小数).
 */
final class DigitRules {
    /** The province-level prefixes of GB/T 2260 (11-15, 21-23, 31-37, 41-46, 50-54, 61-65) and 71, 81, 82. */
    static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    private final StepInput input;
    private final InputTexts texts;
    private final boolean amount;

    DigitRules(StepInput input, InputTexts texts) {
        this.input = input;
        this.texts = texts;
        String words = input.label() + " " + input.hint();
        this.amount = input.kind() == InputKind.NUMBER
                && (words.contains("金额") || words.contains("元") || words.contains("小数"));
    }

    /** Whether the pad shows a decimal point key. */
    boolean allowsPoint() {
        return amount;
    }

    /** The most characters the value may have (digits and the point). */
    int maxChars() {
        return switch (input.kind()) {
            case PHONE -> 11;
            case REGION_CODE -> 6;
            default -> input.maxLength();
        };
    }

    /** Whether typing {@code key} ('0'-'9' or '.') after {@code v} is taken. */
    boolean accepts(String v, char key) {
        if (v.length() >= maxChars()) {
            return false;
        }
        if (key == '.') {
            return amount && !v.contains(".");
        }
        int point = v.indexOf('.');
        return key >= '0' && key <= '9' && (point < 0 || v.length() - point <= 2);
    }

    /** Whether a prefilled value fits as it is. */
    boolean fits(String v) {
        if (v.isEmpty() || v.length() > maxChars()) {
            return false;
        }
        return amount ? v.matches("[0-9]+(\\.[0-9]{0,2})?") : v.matches("[0-9]+");
    }

    /** The value as the citizen reads it: a phone number grouped 3-4-4. */
    String display(String v) {
        if (input.kind() != InputKind.PHONE || v.length() <= 3) {
            return v;
        }
        if (v.length() <= 7) {
            return v.substring(0, 3) + " " + v.substring(3);
        }
        return v.substring(0, 3) + " " + v.substring(3, 7) + " " + v.substring(7);
    }

    String check(String v) {
        return switch (input.kind()) {
            case PHONE -> phone(v);
            case REGION_CODE -> region(v);
            default -> number(v);
        };
    }

    private String phone(String v) {
        if (v.isEmpty()) {
            return input.required() ? texts.get("phone.required") : "";
        }
        if (v.charAt(0) != '1') {
            return texts.get("phone.prefix");
        }
        return v.length() < 11 ? texts.get("phone.short", 11 - v.length()) : "";
    }

    private String region(String v) {
        if (v.isEmpty()) {
            return input.required() ? texts.get("region.required") : "";
        }
        if (v.length() >= 2 && !PROVINCES.contains(v.substring(0, 2))) {
            return texts.get("region.province");
        }
        return v.length() < 6 ? texts.get("region.short", 6 - v.length()) : "";
    }

    private String number(String v) {
        if (v.isEmpty()) {
            return input.required() ? texts.get("number.required", input.label()) : "";
        }
        if (v.endsWith(".")) {
            return texts.get("number.incomplete");
        }
        int point = v.indexOf('.');
        return point >= 0 && v.length() - point - 1 > 2 ? texts.get("number.decimals") : "";
    }
}
