package org.budayang.provisioning.os;

/** A program could not be run to completion. The message names the program and what went wrong. */
public final class CommandException extends Exception {

    /** What went wrong. */
    public enum Kind {
        /** The program is not on the search path. */
        NOT_FOUND,
        /** The program exists but could not be started. */
        NOT_STARTED,
        /** The program did not finish in time and was killed. */
        TIMED_OUT,
        /** The wait for the program was interrupted. */
        INTERRUPTED
    }

    private final Kind kind;
    private final String program;

    public CommandException(Kind kind, String program, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.program = program;
    }

    public Kind kind() {
        return kind;
    }

    /** The program's name as it was asked for, e.g. {@code ldconfig}. */
    public String program() {
        return program;
    }
}
