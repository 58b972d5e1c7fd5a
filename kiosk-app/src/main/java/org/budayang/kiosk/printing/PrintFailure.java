package org.budayang.kiosk.printing;

import java.util.Locale;

/**
 * Why a print did not come out, as the citizen is told (text in the bundles under {@link #bundleKey()}).
 * The driver's failure codes map onto these; a code nobody knows is {@link #OTHER}, never silence.
 */
public enum PrintFailure {
    /** No paper (ESC/POS paper-end sensor, IPP media-empty). */
    PAPER_OUT,
    /** A cover or door is open. */
    COVER_OPEN,
    /** The printer does not answer or its link was lost. */
    OFFLINE,
    /** The printer did not finish within the deadline. */
    TIMED_OUT,
    /** The job was cancelled (the session ended). */
    CANCELLED,
    /** Paper jammed. */
    JAM,
    /** No printer is configured for the role, or it is being reopened (not ENABLED). */
    NOT_READY,
    /** Any other fault (cutter error, rejected job…): the detail goes to the technician log. */
    OTHER;

    /** The citizen text's bundle key, e.g. {@code print.failure.PAPER_OUT}. */
    public String bundleKey() {
        return "print.failure." + name();
    }

    /** The failure a driver's code means, e.g. {@code MEDIA_EMPTY} → PAPER_OUT, {@code LINK_LOST} → OFFLINE. */
    public static PrintFailure of(String code) {
        if (code == null) {
            return OTHER;
        }
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "PAPER_OUT", "MEDIA_EMPTY", "MEDIA_NEEDED" -> PAPER_OUT;
            case "COVER_OPEN", "DOOR_OPEN" -> COVER_OPEN;
            case "OFFLINE", "LINK_LOST" -> OFFLINE;
            case "TIMED_OUT" -> TIMED_OUT;
            case "CANCELLED" -> CANCELLED;
            case "JAM", "MEDIA_JAM" -> JAM;
            case "NOT_READY", "NOT_CONFIGURED" -> NOT_READY;
            default -> OTHER;
        };
    }
}
