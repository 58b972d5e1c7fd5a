package org.budayang.driver.idcard;

import java.util.Optional;

/** Sex as printed on the resident ID card (GB/T 2261.1 codes 1 and 2, the only ones a card carries). */
public enum Sex {
    MALE("1", "男"),
    FEMALE("2", "女");

    private final String code;
    private final String chineseName;

    Sex(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /** The code on the card: {@code 1} male, {@code 2} female. */
    public String code() {
        return code;
    }

    /** 男 or 女, as on the card. */
    public String chineseName() {
        return chineseName;
    }

    /** The sex with this card code, or empty for any other text. */
    public static Optional<Sex> ofCode(String code) {
        for (Sex sex : values()) {
            if (sex.code.equals(code)) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }
}
