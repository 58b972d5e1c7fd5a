package org.budayang.driver.idcardsam;

import java.util.Optional;

/** The host's commands (CMD, PARA) of protocols/idcard-sam.md. */
public enum Command {
    RESET_SAM(0x01, 0xFF, "reset SAM"),
    SAM_STATUS(0x11, 0xFF, "SAM status"),
    SAM_ID(0x12, 0xFF, "read SAM id"),
    FIND_CARD(0x20, 0x01, "find card"),
    SELECT_CARD(0x20, 0x02, "select card"),
    READ_TEXT_PHOTO(0x30, 0x01, "read text + photo"),
    READ_NEW_ADDRESS(0x30, 0x03, "read new address"),
    READ_TEXT_PHOTO_FINGERPRINT(0x30, 0x10, "read text + photo + fingerprint");

    private final int cmd;
    private final int para;
    private final String label;
    private final byte[] frame;

    Command(int cmd, int para, String label) {
        this.cmd = cmd;
        this.para = para;
        this.label = label;
        this.frame = SamFrames.encode(new byte[]{(byte) cmd, (byte) para});
    }

    public int cmd() {
        return cmd;
    }

    public int para() {
        return para;
    }

    /** How messages name it, e.g. {@code find card}. */
    public String label() {
        return label;
    }

    /** The full frame, preamble to checksum (a copy). */
    public byte[] frame() {
        return frame.clone();
    }

    /** The command with this CMD and PARA, or empty. */
    public static Optional<Command> of(int cmd, int para) {
        for (Command command : values()) {
            if (command.cmd == cmd && command.para == para) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
