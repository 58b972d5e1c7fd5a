package org.budayang.api.services;

/** Where an application (办件) stands. */
public enum ApplicationStatus {
    RECEIVED("受理"),
    PROCESSING("办理中"),
    COMPLETED("办结"),
    NOT_ACCEPTED("不予受理");

    private final String chinese;

    ApplicationStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == NOT_ACCEPTED;
    }
}
