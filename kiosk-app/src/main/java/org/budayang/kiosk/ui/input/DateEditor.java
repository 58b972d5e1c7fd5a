package org.budayang.kiosk.ui.input;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.budayang.api.catalog.StepInput;

/**
 * DATE: year / month / day steppers with big buttons (the year also in tens, for birth dates), a 今天 key, and a
 * display that marks today. The date stays within [earliest, latest]; the value is yyyy-MM-dd once the citizen has
 * touched a stepper (or it was prefilled), empty before.
 */
final class DateEditor extends EditorBase {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private final Clock clock;
    private final LocalDate earliest;
    private final LocalDate latest;
    private final Label display = new Label();
    private final Label year = new Label();
    private final Label month = new Label();
    private final Label day = new Label();
    private LocalDate shown;

    DateEditor(StepInput input, Clock clock, LocalDate earliest, LocalDate latest, InputTexts texts) {
        super(input, texts);
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("DateEditor of " + input.key() + ": earliest " + earliest
                    + " is after latest " + latest);
        }
        this.clock = clock;
        this.earliest = earliest;
        this.latest = latest;
        this.shown = clamp(LocalDate.now(clock));
        display.getStyleClass().add("input-display");
        display.setId("display-" + input.key());
        display.setMaxWidth(Double.MAX_VALUE);
        HBox columns = new HBox(
                column("year", year, texts.get("date.year"), ChronoUnit.YEARS, true),
                column("month", month, texts.get("date.month"), ChronoUnit.MONTHS, false),
                column("day", day, texts.get("date.day"), ChronoUnit.DAYS, false));
        columns.getStyleClass().add("date-columns");
        Button today = key(texts.get("date.today"), "today", () -> choose(LocalDate.now(clock)));
        today.getStyleClass().add("pad-command");
        today.setMaxWidth(Region.USE_PREF_SIZE);
        // 今天 beside the chosen date, not as a fourth column: the editor stays narrow enough to sit next to the
        // keyboard on a 1920×1080 screen
        HBox.setHgrow(display, Priority.ALWAYS);
        HBox top = new HBox(display, today);
        top.getStyleClass().add("date-top");
        VBox body = new VBox(top, columns);
        body.getStyleClass().add("pad-body");
        layout(body);
        show();
    }

    private VBox column(String name, Label number, String unit, ChronoUnit step, boolean tens) {
        VBox col = new VBox();
        col.getStyleClass().add("date-column");
        if (tens) {
            col.getChildren().add(key("+10", name + "-up10", () -> choose(shown.plus(10, step))));
        }
        col.getChildren().add(key("+1", name + "-up", () -> choose(shown.plus(1, step))));
        number.getStyleClass().add("date-number");
        number.setId("date-" + input().key() + "-" + name);
        Label unitLabel = new Label(unit);
        unitLabel.getStyleClass().add("date-unit");
        HBox numberRow = new HBox(number, unitLabel);
        numberRow.getStyleClass().add("date-number-row");
        col.getChildren().add(numberRow);
        col.getChildren().add(key("-1", name + "-down", () -> choose(shown.minus(1, step))));
        if (tens) {
            col.getChildren().add(key("-10", name + "-down10", () -> choose(shown.minus(10, step))));
        }
        return col;
    }

    private Button key(String text, String idSuffix, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("pad-key");
        b.setId("key-" + input().key() + "-" + idSuffix);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private LocalDate clamp(LocalDate d) {
        return d.isBefore(earliest) ? earliest : d.isAfter(latest) ? latest : d;
    }

    private void choose(LocalDate d) {
        shown = clamp(d);
        setValue(shown.toString());
        show();
    }

    private void show() {
        year.setText(String.valueOf(shown.getYear()));
        month.setText(String.valueOf(shown.getMonthValue()));
        day.setText(String.valueOf(shown.getDayOfMonth()));
        if (value().get().isEmpty()) {
            display.setText(texts().get("date.required"));
        } else {
            boolean today = shown.equals(LocalDate.now(clock));
            display.setText(SHOWN.format(shown) + (today ? texts().get("date.isToday") : ""));
        }
        display.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), value().get().isEmpty());
    }

    @Override
    String check(String v) {
        if (v.isEmpty()) {
            return input().required() ? texts().get("date.required") : "";
        }
        LocalDate d = LocalDate.parse(v);
        return d.isBefore(earliest) || d.isAfter(latest)
                ? texts().get("date.range", SHOWN.format(earliest), SHOWN.format(latest)) : "";
    }

    @Override
    public void prefill(String value) {
        if (value == null) {
            return;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (!d.isBefore(earliest) && !d.isAfter(latest)) {
                choose(d);
            }
        } catch (DateTimeParseException e) {
            // not a yyyy-MM-dd date: ignored, as the contract says
        }
    }

    LocalDate earliest() {
        return earliest;
    }

    LocalDate latest() {
        return latest;
    }
}
