package org.budayang.kiosk.ui.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the pinyin keyboard (a view model: properties and commands, no nodes): the text typed so far, the
 * pending pinyin letters and the candidate bar for them. Letter keys build syllables; picking a candidate appends
 * it and uses up its syllables; 退格 removes a pending letter first, then a character of the text. In Latin mode
 * the letter keys type capital letters directly. The text never exceeds {@code maxLength}. FX thread only.
 */
public final class PinyinComposer {
    /** The longest run of pending letters (e.g. zhuang zhuang zhuang zhuang). */
    static final int MAX_LETTERS = 24;
    private static final int MAX_CANDIDATES = 80;

    private final PinyinDictionary dictionary;
    private final int maxLength;
    private final InputTexts texts;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper letters = new ReadOnlyStringWrapper(this, "letters", "");
    private final ReadOnlyStringWrapper syllables = new ReadOnlyStringWrapper(this, "syllables", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<Candidate> page = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    private final ObservableList<Candidate> pageView = FXCollections.unmodifiableObservableList(page);
    private final IntegerProperty pageSize = new SimpleIntegerProperty(this, "pageSize", 8);
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex", 0);
    private final BooleanProperty latin = new SimpleBooleanProperty(this, "latin", false);
    private List<String> segments = List.of();

    public PinyinComposer(PinyinDictionary dictionary, int maxLength, InputTexts texts) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("PinyinComposer.maxLength: " + maxLength + " is below 1");
        }
        this.dictionary = dictionary;
        this.maxLength = maxLength;
        this.texts = texts;
        pageSize.addListener((o, a, b) -> showPage(0));
        latin.addListener((o, a, b) -> clearLetters());
    }

    /** A letter key: a pinyin letter, or in Latin mode the capital letter itself. Refused when it reads as no pinyin. */
    public boolean letter(char key) {
        char c = Character.toLowerCase(key);
        if (c < 'a' || c > 'z') {
            throw new IllegalArgumentException("PinyinComposer.letter: '" + key + "' is not a letter a-z");
        }
        if (latin.get()) {
            return append(String.valueOf(Character.toUpperCase(c)));
        }
        if (text.get().length() >= maxLength) {
            notice.set(texts.get("text.tooLong", maxLength));
            return false;
        }
        String next = letters.get() + c;
        List<String> split = next.length() > MAX_LETTERS ? List.of() : dictionary.segment(next);
        if (split.isEmpty()) {
            return false;
        }
        setLetters(next, split);
        return true;
    }

    /** Whether a letter key would be taken now (the keyboard dims the others). */
    public boolean accepts(char key) {
        char c = Character.toLowerCase(key);
        if (latin.get() || letters.get().isEmpty()) {
            return true;
        }
        String next = letters.get() + c;
        return next.length() <= MAX_LETTERS && !dictionary.segment(next).isEmpty();
    }

    /** A digit key: typed into the text (only while no pinyin is pending). */
    public boolean digit(int d) {
        if (d < 0 || d > 9) {
            throw new IllegalArgumentException("PinyinComposer.digit: " + d + " is not 0-9");
        }
        return letters.get().isEmpty() && append(String.valueOf(d));
    }

    /** 空格: picks the first candidate while pinyin is pending, else types a space. */
    public boolean space() {
        if (!letters.get().isEmpty()) {
            return !candidates.isEmpty() && pick(candidates.get(0));
        }
        return append(" ");
    }

    /** Appends a candidate and uses up its syllables; refused when the text would exceed maxLength. */
    public boolean pick(Candidate candidate) {
        if (!candidates.contains(candidate)) {
            throw new IllegalArgumentException("PinyinComposer.pick: '" + candidate.text()
                    + "' is not a candidate for the letters now pending (" + letters.get() + ")");
        }
        if (!append(candidate.text())) {
            return false;
        }
        int used = segments.stream().limit(candidate.syllables()).mapToInt(String::length).sum();
        String rest = letters.get().substring(used);
        setLetters(rest, rest.isEmpty() ? List.of() : dictionary.segment(rest));
        return true;
    }

    /** 退格: the last pending letter, else the last character of the text. */
    public void backspace() {
        notice.set("");
        String l = letters.get();
        if (!l.isEmpty()) {
            String rest = l.substring(0, l.length() - 1);
            setLetters(rest, rest.isEmpty() ? List.of() : dictionary.segment(rest));
            return;
        }
        String t = text.get();
        if (!t.isEmpty()) {
            text.set(t.substring(0, t.offsetByCodePoints(t.length(), -1)));
        }
    }

    /** 清空: text and pending letters. */
    public void clear() {
        notice.set("");
        clearLetters();
        text.set("");
    }

    /** Puts a text in (e.g. from the card), cut to maxLength; pending letters are dropped. */
    public void setText(String value) {
        clearLetters();
        String v = value == null ? "" : value;
        text.set(v.length() > maxLength ? v.substring(0, maxLength) : v);
    }

    public void nextPage() {
        showPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        showPage(pageIndex.get() - 1);
    }

    public boolean hasNextPage() {
        return pageIndex.get() + 1 < pageStarts().size();
    }

    public boolean hasPreviousPage() {
        return pageIndex.get() > 0;
    }

    private boolean append(String s) {
        if (text.get().length() + s.length() > maxLength) {
            notice.set(texts.get("text.tooLong", maxLength));
            return false;
        }
        notice.set("");
        text.set(text.get() + s);
        return true;
    }

    private void clearLetters() {
        setLetters("", List.of());
    }

    private void setLetters(String value, List<String> split) {
        segments = split;
        letters.set(value);
        syllables.set(String.join("'", split));
        candidates.setAll(candidatesFor(split));
        showPage(0);
    }

    private void showPage(int index) {
        List<Integer> starts = pageStarts();
        int i = Math.max(0, Math.min(index, starts.size() - 1));
        pageIndex.set(i);
        int from = starts.get(i);
        int to = i + 1 < starts.size() ? starts.get(i + 1) : candidates.size();
        page.setAll(candidates.subList(from, to));
    }

    /** Where each page begins: a page holds candidates worth at most pageSize slots (see {@link #slots}). */
    private List<Integer> pageStarts() {
        List<Integer> starts = new ArrayList<>(List.of(0));
        int budget = Math.max(1, pageSize.get());
        int used = 0;
        for (int k = 0; k < candidates.size(); k++) {
            int cost = Math.min(budget, slots(candidates.get(k)));
            if (used + cost > budget) {
                starts.add(k);
                used = 0;
            }
            used += cost;
        }
        return starts;
    }

    /** How many single-character slots of the bar a candidate takes: 1 for a character, 2 for 2-3, 3 for 4. */
    static int slots(Candidate c) {
        return (int) Math.ceil((c.text().length() + 0.75) / 2.35);
    }

    /** Phrases of the longest run of whole syllables first, then the first syllable's characters. */
    List<Candidate> candidatesFor(List<String> split) {
        if (split.isEmpty()) {
            return List.of();
        }
        Map<String, Candidate> out = new LinkedHashMap<>();
        int whole = 0;
        while (whole < split.size() && dictionary.isSyllable(split.get(whole))) {
            whole++;
        }
        for (int k = Math.min(whole, 4); k >= 2; k--) {
            for (String p : dictionary.phrases(split.subList(0, k))) {
                out.putIfAbsent(p, new Candidate(p, k));
            }
        }
        if (whole >= 1) {
            dictionary.characters(split.get(0)).forEach(c -> out.putIfAbsent(c, new Candidate(c, 1)));
        } else {
            completionsOf(split.get(0)).forEach(c -> out.putIfAbsent(c, new Candidate(c, 1)));
        }
        return new ArrayList<>(out.values()).subList(0, Math.min(out.size(), MAX_CANDIDATES));
    }

    /** For a syllable begun but not finished ("zh"): the best characters of each syllable it may become, in turns. */
    private List<String> completionsOf(String prefix) {
        List<List<String>> lists = dictionary.completions(prefix).stream().map(dictionary::characters).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; out.size() < MAX_CANDIDATES; i++) {
            boolean any = false;
            for (List<String> l : lists) {
                if (i < l.size()) {
                    out.add(l.get(i));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty letters() {
        return letters.getReadOnlyProperty();
    }

    /** The pending letters as syllables, e.g. tian'shui (what the bar shows). */
    public ReadOnlyStringProperty syllables() {
        return syllables.getReadOnlyProperty();
    }

    /** A passing remark for the citizen (e.g. 最多可输入20个字); empty when none. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /** All candidates for the pending letters, best first. */
    public ObservableList<Candidate> candidates() {
        return candidatesView;
    }

    /** The candidates on the bar now (one page of {@link #pageSize()} slots). */
    public ObservableList<Candidate> page() {
        return pageView;
    }

    /** How many single characters fit the bar; a phrase takes 2 or 3 of these slots. */
    public IntegerProperty pageSize() {
        return pageSize;
    }

    public IntegerProperty pageIndex() {
        return pageIndex;
    }

    public BooleanProperty latin() {
        return latin;
    }

    public int maxLength() {
        return maxLength;
    }
}
