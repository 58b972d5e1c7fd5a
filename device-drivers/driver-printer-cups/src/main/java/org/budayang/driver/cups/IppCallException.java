package org.budayang.driver.cups;

/** An IPP call that did not give a response: cupsd did not answer in time, the caller cancelled, or the answer was broken. */
final class IppCallException extends Exception {

    enum Kind {
        /** No answer within the deadline (cupsd frozen or overloaded). */
        TIMED_OUT,
        /** The caller's cancel token fired before the answer came. */
        CANCELLED,
        /** An answer came but was not a usable IPP response (HTTP error, malformed body, reset mid-answer). */
        BROKEN,
        /** cupsd answered with an IPP error status (e.g. client-error-not-found for a queue that does not exist). */
        REFUSED
    }

    private final Kind kind;

    IppCallException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
