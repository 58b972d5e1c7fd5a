package org.budayang.kiosk.ui.input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The on-screen keyboard of a TEXT input (the view of a {@link PinyinComposer}): the pending pinyin, the candidate
 * bar with its pager, digit and letter rows, 退格, 空格, 清空 and the 中文/英文 switch. Letter keys that cannot
 * continue the pending pinyin are disabled. The bar shows as many candidates as fit its width at the theme's type
 * size. Ids: {@code kb-<key>-<a..z|0..9|back|space|clear|latin|prev|next>}, {@code cand-<key>-<i>}.
 */
final class PinyinKeyboard {
    private static final List<String> LETTER_ROWS = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm");

    private final PinyinComposer composer;
    private final String key;
    private final InputTexts texts;
    private final VBox root = new VBox();
    private final HBox bar = new HBox();
    private final HBox barKeys = new HBox();
    private final Map<Character, Button> letterKeys = new HashMap<>();
    private final Button prev;
    private final Button next;

    PinyinKeyboard(PinyinComposer composer, String key, InputTexts texts) {
        this.composer = composer;
        this.key = key;
        this.texts = texts;
        root.getStyleClass().add("pinyin-keyboard");
        Label pending = new Label();
        pending.getStyleClass().add("pinyin-pending");
        pending.setId("kb-" + key + "-pending");
        pending.textProperty().bind(composer.letters());
        prev = key("◀", "prev", composer::previousPage);
        next = key("▶", "next", composer::nextPage);
        prev.getStyleClass().add("pager-key");
        next.getStyleClass().add("pager-key");
        barKeys.getStyleClass().add("candidate-keys");
        HBox.setHgrow(barKeys, Priority.ALWAYS);
        barKeys.setMinWidth(0);
        bar.getStyleClass().add("candidate-bar");
        bar.getChildren().addAll(pending, barKeys, prev, next);
        composer.page().addListener((javafx.collections.ListChangeListener<Candidate>) c -> showCandidates());
        composer.letters().addListener((o, a, b) -> enableLetters());
        composer.latin().addListener((o, a, b) -> enableLetters());
        bar.widthProperty().addListener((o, a, b) -> fitPage());

        HBox digits = row();
        for (char c : "1234567890".toCharArray()) {
            digits.getChildren().add(key(String.valueOf(c), String.valueOf(c), () -> composer.digit(c - '0')));
        }
        root.getChildren().addAll(bar, digits);
        for (int r = 0; r < LETTER_ROWS.size(); r++) {
            HBox row = row();
            for (char c : LETTER_ROWS.get(r).toCharArray()) {
                Button b = key(String.valueOf(Character.toUpperCase(c)), String.valueOf(c), () -> composer.letter(c));
                letterKeys.put(c, b);
                row.getChildren().add(b);
            }
            if (r == 2) {
                Button back = key(texts.get("key.backspace"), "back", composer::backspace);
                back.getStyleClass().add("wide-key");
                row.getChildren().add(back);
            }
            root.getChildren().add(row);
        }
        ToggleButton latin = new ToggleButton();
        latin.getStyleClass().addAll("kb-key", "wide-key");
        latin.setId("kb-" + key + "-latin");
        latin.setFocusTraversable(false);
        latin.selectedProperty().bindBidirectional(composer.latin());
        latin.textProperty().bind(javafx.beans.binding.Bindings.when(composer.latin())
                .then(texts.get("key.latin")).otherwise(texts.get("key.chinese")));
        Button space = key(texts.get("key.space"), "space", composer::space);
        space.getStyleClass().add("space-key");
        HBox.setHgrow(space, Priority.ALWAYS);
        space.setMaxWidth(Double.MAX_VALUE);
        Button clear = key(texts.get("key.clear"), "clear", composer::clear);
        clear.getStyleClass().add("wide-key");
        HBox bottom = row();
        bottom.getChildren().addAll(latin, space, clear);
        root.getChildren().add(bottom);
        showCandidates();
    }

    private HBox row() {
        HBox row = new HBox();
        row.getStyleClass().add("kb-row");
        return row;
    }

    private Button key(String text, String idSuffix, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("kb-key");
        b.setId("kb-" + key + "-" + idSuffix);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showCandidates() {
        List<Candidate> page = composer.page();
        Button[] buttons = new Button[page.size()];
        for (int i = 0; i < page.size(); i++) {
            Candidate c = page.get(i);
            Button b = key(c.text(), "", () -> composer.pick(c));
            b.setId("cand-" + key + "-" + i);
            b.getStyleClass().setAll("button", "candidate-key");
            buttons[i] = b;
        }
        barKeys.getChildren().setAll(buttons);
        prev.setDisable(!composer.hasPreviousPage());
        next.setDisable(!composer.hasNextPage());
    }

    private void enableLetters() {
        letterKeys.forEach((c, b) -> b.setDisable(!composer.accepts(c)));
    }

    /** As many candidates as fit: each takes about three characters' width at the key's type size. */
    private void fitPage() {
        double font = prev.getFont().getSize();
        double free = bar.getWidth() - 2 * prev.getWidth() - font * 6;
        composer.pageSize().set(Math.max(3, (int) (free / (font * 3.2))));
    }

    Region node() {
        return root;
    }
}
