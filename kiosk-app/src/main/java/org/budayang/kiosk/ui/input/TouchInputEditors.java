package org.budayang.kiosk.ui.input;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budayang.api.catalog.StepInput;

/**
 * The kiosk's {@link InputEditors}: large toggle buttons for CHOICE and YEAR, a numeric pad for NUMBER, PHONE and
 * REGION_CODE, year/month/day steppers for DATE, the pinyin keyboard for TEXT. Build one per kiosk (the pinyin
 * dictionary is read once, ≈ 0.5 MB) and hand it to the flow engine.
 */
public final class TouchInputEditors implements InputEditors {
    /** How far back a DATE goes (birth dates of the oldest citizens) and how far ahead (appointments). */
    static final int YEARS_BACK = 120;
    static final int YEARS_AHEAD = 5;
    private static final int RECENT_YEARS = 10;

    private final Clock clock;
    private final PinyinDictionary dictionary;
    private final InputTexts texts = InputTexts.chinese();

    public TouchInputEditors(Clock clock, PinyinDictionary dictionary) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    }

    /** With the dictionary shipped in the kiosk. */
    public static TouchInputEditors create(Clock clock) {
        return new TouchInputEditors(clock, PinyinDictionary.load());
    }

    @Override
    public InputEditor editorFor(StepInput input) {
        Objects.requireNonNull(input, "input");
        return switch (input.kind()) {
            case CHOICE -> new ChoiceEditor(input, input.options(), texts.get("required.choice", input.label()), texts);
            case YEAR -> new ChoiceEditor(input, years(input), texts.get("required.year"), texts);
            case NUMBER, PHONE, REGION_CODE -> new DigitEditor(input, texts);
            case DATE -> {
                LocalDate today = LocalDate.now(clock);
                yield new DateEditor(input, clock, today.minusYears(YEARS_BACK), today.plusYears(YEARS_AHEAD), texts);
            }
            case TEXT -> new TextEditor(input, dictionary, texts);
        };
    }

    /** The years a YEAR input offers: its options, else the current year and the nine before, newest first. */
    List<String> years(StepInput input) {
        if (!input.options().isEmpty()) {
            return input.options();
        }
        int now = LocalDate.now(clock).getYear();
        List<String> years = new ArrayList<>();
        for (int y = now; y > now - RECENT_YEARS; y--) {
            years.add(String.valueOf(y));
        }
        return years;
    }
}
