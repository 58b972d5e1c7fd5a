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
 * continue the pending pinyin are disabled, and the digits while pinyin is pending. The bar shows as many candidates as fit its width at the theme's type
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
    private final List<Button> digitKeys = new java.util.ArrayList<>();
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
        pending.textProperty().bind(composer.syllables());
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
        barKeys.widthProperty().addListener((o, a, b) -> fitPage());

        HBox digits = row();
        for (char c : "1234567890".toCharArray()) {
            Button b = key(String.valueOf(c), String.valueOf(c), () -> composer.digit(c - '0'));
            digitKeys.add(b);
            digits.getChildren().add(b);
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

    /** Shows the page on the bar, reusing its buttons (a tap costs no new nodes once the bar has been full). */
    private void showCandidates() {
        List<Candidate> page = composer.page();
        for (int i = 0; i < Math.max(page.size(), barKeys.getChildren().size()); i++) {
            if (i == barKeys.getChildren().size()) {
                barKeys.getChildren().add(candidateKey(i));
            }
            Button b = (Button) barKeys.getChildren().get(i);
            boolean used = i < page.size();
            b.setText(used ? page.get(i).text() : "");
            b.setVisible(used);
            b.setManaged(used);
        }
        prev.setDisable(!composer.hasPreviousPage());
        next.setDisable(!composer.hasNextPage());
    }

    private Button candidateKey(int index) {
        Button b = new Button();
        b.setId("cand-" + key + "-" + index);
        b.getStyleClass().setAll("button", "candidate-key");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> {
            if (index < composer.page().size()) {
                composer.pick(composer.page().get(index));
            }
        });
        return b;
    }

    /** Dims the letter keys that cannot continue the pending pinyin, and the digits while pinyin is pending. */
    private void enableLetters() {
        letterKeys.forEach((c, b) -> b.setDisable(!composer.accepts(c)));
        boolean pending = !composer.letters().get().isEmpty();
        digitKeys.forEach(b -> b.setDisable(pending));
    }

    /**
     * As many single-character slots as the bar's free width holds: a candidate key is at least 2.2 em of its
     * 1.3 em type wide, plus 0.2 em spacing (input.css).
     */
    private void fitPage() {
        double font = prev.getFont().getSize();
        double slot = font * (1.3 * 2.2 + 0.2);
        composer.pageSize().set(Math.max(3, (int) (barKeys.getWidth() / slot)));
    }

    Region node() {
        return root;
    }
}
