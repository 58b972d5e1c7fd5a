package org.budayang.driver.cash;

import java.util.Optional;

/**
 * The banknotes a kiosk's acceptor takes: 人民币 notes of 1, 5, 10, 20, 50 and 100 元. Amounts are in fen (分) as
 * {@code long}, never floating point.
 */
public enum Denomination {
    YUAN_1(100),
    YUAN_5(500),
    YUAN_10(1_000),
    YUAN_20(2_000),
    YUAN_50(5_000),
    YUAN_100(10_000);

    private final long fen;

    Denomination(long fen) {
        this.fen = fen;
    }

    /** The note's value in fen, e.g. 2000 for 20 元. */
    public long fen() {
        return fen;
    }

    /** The note's value in whole yuan, e.g. 20. */
    public int yuan() {
        return (int) (fen / 100);
    }

    /** The note worth exactly {@code fen}, or empty (a 2 元 note, a foreign value). */
    public static Optional<Denomination> ofFen(long fen) {
        for (Denomination note : values()) {
            if (note.fen == fen) {
                return Optional.of(note);
            }
        }
        return Optional.empty();
    }

    /** The note worth {@code yuan} whole yuan; refuses other values naming them and what is accepted. */
    public static Denomination ofYuan(int yuan) {
        return ofFen(yuan * 100L).orElseThrow(() -> new IllegalArgumentException("no " + yuan
                + " 元 banknote: the acceptor takes 1, 5, 10, 20, 50 and 100 元 notes"));
    }

    @Override
    public String toString() {
        return yuan() + " 元";
    }
}
