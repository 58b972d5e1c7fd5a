package org.budayang.driver.idcardsam;

import java.util.Objects;

/**
 * The codec's declared failure: bytes that are not a valid frame, or a frame whose content is
 * invalid. Checked, so that every caller decides what a corrupt frame means; the message never
 * contains personal data (ID numbers are masked, names and addresses left out).
 */
public final class SamProtocolException extends Exception {
    private final FrameProblem problem;

    public SamProtocolException(FrameProblem problem, String detail) {
        super("[" + Objects.requireNonNull(problem, "problem") + "] " + detail);
        this.problem = problem;
    }

    public FrameProblem problem() {
        return problem;
    }
}
