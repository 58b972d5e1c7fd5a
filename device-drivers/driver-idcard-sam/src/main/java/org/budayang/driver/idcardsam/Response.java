package org.budayang.driver.idcardsam;

import java.util.Optional;

/**
 * A reader's answer: SW1 SW2 SW3 and the data after them.
 *
 * @param sw1  SW1 (0 in every answer seen)
 * @param sw2  SW2 (0 in every answer seen)
 * @param sw3  the status byte, 0..255
 * @param data the bytes after SW3 (not copied: responses live only inside the driver)
 */
public record Response(int sw1, int sw2, int sw3, byte[] data) {

    public Response {
        if (sw1 < 0 || sw1 > 255 || sw2 < 0 || sw2 > 255 || sw3 < 0 || sw3 > 255) {
            throw new IllegalArgumentException("Response: SW bytes must be 0..255, got " + sw1 + " " + sw2 + " " + sw3);
        }
        if (data == null) {
            throw new IllegalArgumentException("Response.data is required (may be empty)");
        }
    }

    /** Splits a frame payload into SW1 SW2 SW3 and data. */
    public static Response parse(byte[] payload) throws SamProtocolException {
        if (payload.length < 3) {
            throw new SamProtocolException(FrameProblem.BAD_PAYLOAD, "an answer needs SW1 SW2 SW3, got "
                    + payload.length + " bytes");
        }
        byte[] data = new byte[payload.length - 3];
        System.arraycopy(payload, 3, data, 0, data.length);
        return new Response(payload[0] & 0xFF, payload[1] & 0xFF, payload[2] & 0xFF, data);
    }

    /** The SW3 status, or empty when the protocol does not define the byte. */
    public Optional<Sw3> status() {
        return Sw3.of(sw3);
    }

    /** The defined status, or the codec's {@link FrameProblem#UNKNOWN_STATUS} refusal. */
    public Sw3 requireStatus() throws SamProtocolException {
        Optional<Sw3> status = status();
        if (status.isEmpty()) {
            throw new SamProtocolException(FrameProblem.UNKNOWN_STATUS, String.format(
                    "SW1 SW2 SW3 %02X %02X %02X: SW3 0x%02X is not a status of the protocol", sw1, sw2, sw3, sw3));
        }
        return status.get();
    }

    /** The payload of a frame carrying this answer (for the emulator). */
    public byte[] payload() {
        byte[] payload = new byte[3 + data.length];
        payload[0] = (byte) sw1;
        payload[1] = (byte) sw2;
        payload[2] = (byte) sw3;
        System.arraycopy(data, 0, payload, 3, data.length);
        return payload;
    }

    /** A frame with SW1 = SW2 = 0. */
    public static byte[] frame(Sw3 status, byte[] data) {
        return SamFrames.encode(new Response(0, 0, status.code(), data).payload());
    }
}
