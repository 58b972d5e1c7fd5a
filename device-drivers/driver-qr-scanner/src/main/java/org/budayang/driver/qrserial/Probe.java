package org.budayang.driver.qrserial;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The health probe (setting {@code probe}): a harmless query command in a vendor's serial command set, sent by
 * {@code refreshStatus}; any well-formed answer (ACK, ENQ or NAK status) proves the scanner is powered and
 * listening. See the package documentation for the byte layouts.
 */
public enum Probe {
    /**
     * Newland (NLS-HR / FR / EM series) serial programming syntax: query the current Code 11 minimum length,
     * {@code ~ SOH 0000 # C11MIN* ; ETX}; answer {@code STX SOH 0000 # C11MIN<value> <status> ; ETX}.
     */
    NEWLAND(bytes("~\u00010000#C11MIN*;\u0003"), bytes("\u0002\u00010000#C11MIN"), bytes(";\u0003")),
    /**
     * Honeywell (Xenon, Voyager, Granit) menu command syntax: query the current Codabar enable,
     * {@code SYN M CR cbrena?.}; answer {@code CBRENA<value> <status> .}.
     */
    HONEYWELL(bytes("\u0016M\rcbrena?."), bytes("CBRENA"), bytes(".")),
    /** No probe: the scanner is ONLINE while its link is open and OFFLINE when the link is lost. */
    NONE(new byte[0], new byte[0], new byte[0]);

    /** Status byte: the command was good and processed. */
    public static final byte ACK = 0x06;
    /** Status byte: the tag or subtag is not known to this model (still an answer: the scanner is alive). */
    public static final byte ENQ = 0x05;
    /** Status byte: the data was out of range (still an answer). */
    public static final byte NAK = 0x15;

    private final byte[] request;
    private final byte[] replyStart;
    private final byte[] replyEnd;

    Probe(byte[] request, byte[] replyStart, byte[] replyEnd) {
        this.request = request;
        this.replyStart = replyStart;
        this.replyEnd = replyEnd;
    }

    /** The command written to the scanner (a copy; empty for {@link #NONE}). */
    public byte[] request() {
        return request.clone();
    }

    /** How an answer begins (a copy). */
    public byte[] replyStart() {
        return replyStart.clone();
    }

    /** How an answer ends (a copy); the status byte comes right before it. */
    public byte[] replyEnd() {
        return replyEnd.clone();
    }

    /** The shortest possible answer: start, status byte, end. */
    int shortestReply() {
        return replyStart.length + 1 + replyEnd.length;
    }

    /** What a status byte means, for technicians. */
    static String describeStatus(byte status) {
        return switch (status) {
            case ACK -> "ACK";
            case ENQ -> "ENQ (command not known to this model)";
            case NAK -> "NAK (value out of range)";
            default -> String.format("0x%02X (not a status byte)", status & 0xFF);
        };
    }

    static String accepted() {
        return "newland, honeywell or none (any case)";
    }

    /** The probe named {@code text} (any case), or null. */
    static Probe parse(String text) {
        for (Probe probe : values()) {
            if (probe.name().equals(text.toUpperCase(Locale.ROOT))) {
                return probe;
            }
        }
        return null;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
