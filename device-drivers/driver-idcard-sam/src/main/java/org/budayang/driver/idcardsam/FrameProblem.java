package org.budayang.driver.idcardsam;

/** Why bytes from the line were not a usable frame; each with a stable code for outcomes and fleet reports. */
public enum FrameProblem {
    /** CHK does not match the XOR of the frame. */
    BAD_CHECKSUM,
    /** LEN is smaller or larger than any frame of the protocol. */
    BAD_LENGTH,
    /** A frame stopped before its LEN was complete (the next frame, or nothing, followed). */
    TRUNCATED,
    /** A well-formed frame whose payload does not have the layout its command needs. */
    BAD_PAYLOAD,
    /** A read frame whose card text is invalid or inconsistent (see the detail for the field). */
    BAD_CARD_DATA,
    /** A status byte SW3 the protocol does not define. */
    UNKNOWN_STATUS
}
