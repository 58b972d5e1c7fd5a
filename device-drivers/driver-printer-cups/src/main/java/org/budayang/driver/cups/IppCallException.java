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
    private final int status;

    IppCallException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = 0;
    }

    /**
     * @param status the HTTP status of a {@code BROKEN} answer (e.g. 401) or the IPP status of a {@code REFUSED} one
     *               (e.g. 0x0403); 0 when there is none
     */
    IppCallException(Kind kind, String message, int status) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    Kind kind() {
        return kind;
    }

    /**
     * Whether cupsd refused because of who asked: HTTP 401 (not authenticated) or 403 (forbidden), or IPP
     * client-error-forbidden / not-authenticated / not-authorized (0x0401-0x0403).
     */
    boolean accessDenied() {
        return kind == Kind.BROKEN && (status == 401 || status == 403)
                || kind == Kind.REFUSED && status >= 0x0401 && status <= 0x0403;
    }
}
