package org.budayang.kiosk.ui.input;

/**
 * One entry of the pinyin keyboard's candidate bar.
 *
 * @param text      the characters it appends, e.g. 兰 or 兰州
 * @param syllables how many typed syllables it uses up (1 for a character, 2-4 for a phrase)
 */
public record Candidate(String text, int syllables) {
    public Candidate {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("Candidate.text: '" + text + "' is empty");
        }
        if (syllables < 1) {
            throw new IllegalArgumentException("Candidate.syllables of " + text + ": " + syllables + " is below 1");
        }
    }
}
