package org.budayang.driver.idcardsam;

import java.util.Optional;
import org.budayang.driver.idcard.IdCard;

/**
 * The data of a successful read answer: text length, photo length [, fingerprint length] (2 bytes
 * each, big-endian), then the text block, the photo (WLT) [and the fingerprint]. Strict: the text is
 * 256 bytes, the photo 1024, the fingerprint 1024 or 0 (card without one), and the data ends exactly
 * after them.
 */
public final class ReadFrames {
    public static final int PHOTO_LENGTH = 1024;
    public static final int FINGERPRINT_LENGTH = 1024;

    private ReadFrames() {
    }

    /** Decodes a read answer into a card; anything but SW3 0x90 with the exact layout is refused. */
    public static IdCard decode(Response response, boolean withFingerprint) throws SamProtocolException {
        if (response.requireStatus() != Sw3.SUCCESS) {
            throw new SamProtocolException(FrameProblem.BAD_PAYLOAD, "a read answer with " + response.requireStatus()
                    .describe() + " carries no card");
        }
        byte[] data = response.data();
        int header = withFingerprint ? 6 : 4;
        if (data.length < header) {
            throw badPayload("read data has " + data.length + " bytes, fewer than its " + header + " length bytes");
        }
        int textLength = u16(data, 0);
        int photoLength = u16(data, 2);
        int fingerprintLength = withFingerprint ? u16(data, 4) : 0;
        if (textLength != CardText.LENGTH) {
            throw badPayload("text length " + textLength + "; expected " + CardText.LENGTH);
        }
        if (photoLength != PHOTO_LENGTH) {
            throw badPayload("photo length " + photoLength + "; expected " + PHOTO_LENGTH);
        }
        if (fingerprintLength != 0 && fingerprintLength != FINGERPRINT_LENGTH) {
            throw badPayload("fingerprint length " + fingerprintLength + "; expected 0 or " + FINGERPRINT_LENGTH);
        }
        int expected = header + textLength + photoLength + fingerprintLength;
        if (data.length != expected) {
            throw badPayload("read data has " + data.length + " bytes; its lengths add up to " + expected);
        }
        byte[] photo = new byte[photoLength];
        System.arraycopy(data, header + textLength, photo, 0, photoLength);
        Optional<byte[]> fingerprint = Optional.empty();
        if (fingerprintLength > 0) {
            byte[] print = new byte[fingerprintLength];
            System.arraycopy(data, header + textLength + photoLength, print, 0, fingerprintLength);
            fingerprint = Optional.of(print);
        }
        return CardText.decode(data, header, photo, fingerprint);
    }

    /** The data of a read answer for {@code card} (for the emulator). */
    public static byte[] encode(IdCard card, boolean withFingerprint) {
        byte[] text = CardText.encode(card);
        byte[] photo = card.photo();
        byte[] fingerprint = withFingerprint ? card.fingerprint().orElse(new byte[0]) : new byte[0];
        int header = withFingerprint ? 6 : 4;
        byte[] data = new byte[header + text.length + photo.length + fingerprint.length];
        putU16(data, 0, text.length);
        putU16(data, 2, photo.length);
        if (withFingerprint) {
            putU16(data, 4, fingerprint.length);
        }
        System.arraycopy(text, 0, data, header, text.length);
        System.arraycopy(photo, 0, data, header + text.length, photo.length);
        System.arraycopy(fingerprint, 0, data, header + text.length + photo.length, fingerprint.length);
        return data;
    }

    private static int u16(byte[] data, int at) {
        return (data[at] & 0xFF) << 8 | data[at + 1] & 0xFF;
    }

    private static void putU16(byte[] data, int at, int value) {
        data[at] = (byte) (value >>> 8);
        data[at + 1] = (byte) value;
    }

    private static SamProtocolException badPayload(String detail) {
        return new SamProtocolException(FrameProblem.BAD_PAYLOAD, detail);
    }
}
