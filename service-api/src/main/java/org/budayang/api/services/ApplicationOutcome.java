package org.budayang.api.services;

/** How an application was received. */
public enum ApplicationOutcome {
    /** 受理: everything required is there. */
    ACCEPTED("受理"),
    /** 容缺受理: main materials complete, secondary ones follow by a deadline. */
    ACCEPTED_WITH_DEFERRED("容缺受理"),
    /** 不予受理: requirements not met; the 一次性告知 lists everything missing at once. */
    NOT_ACCEPTED("不予受理，一次性告知");

    private final String chinese;

    ApplicationOutcome(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
