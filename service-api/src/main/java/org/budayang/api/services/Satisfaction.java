package org.budayang.api.services;

/** The five levels of 好差评 (政务服务“好差评”), best first; {@link #score()} is 5..1. */
public enum Satisfaction {
    VERY_SATISFIED("非常满意", 5),
    SATISFIED("满意", 4),
    BASIC("基本满意", 3),
    DISSATISFIED("不满意", 2),
    VERY_DISSATISFIED("非常不满意", 1);

    private final String label;
    private final int score;

    Satisfaction(String label, int score) {
        this.label = label;
        this.score = score;
    }

    /** What the citizen reads on the button. */
    public String label() {
        return label;
    }

    public int score() {
        return score;
    }

    /** 不满意 and 非常不满意 are 差评: central opens a follow-up (call back in 1 working day, fix in 15 days). */
    public boolean negative() {
        return score <= 2;
    }
}
