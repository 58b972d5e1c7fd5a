package org.budayang.driver.cashssp;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One SSP packet: {@code 7F | SEQ|ADDR | LEN | DATA | CRCL CRCH}, every 0x7F after the leading STX doubled.
 *
 * @param sequence the sequence bit, {@code true} for 0x80
 * @param address  the device address, 0..127 (0 = the banknote validator)
 * @param data     the command and its parameters, or the reply code and its data; 1..255 bytes (copied)
 */
public record SspPacket(boolean sequence, int address, byte[] data) {
    public static final int STX = 0x7F;
    public static final int SEQ_BIT = 0x80;
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    public SspPacket {
        if (address < 0 || address > 0x7F) {
            throw new IllegalArgumentException("SspPacket.address must be 0..127, got " + address);
        }
        Objects.requireNonNull(data, "SspPacket.data is required");
        if (data.length < 1 || data.length > 255) {
            throw new IllegalArgumentException("SspPacket.data must be 1..255 bytes, got " + data.length);
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The first data byte: the command, or the reply's generic code. */
    public int code() {
        return data[0] & 0xFF;
    }

    public int length() {
        return data.length;
    }

    /** The data byte at {@code index}, unsigned. */
    public int at(int index) {
        return data[index] & 0xFF;
    }

    /** The bytes on the wire, stuffed. */
    public byte[] encode() {
        byte[] body = new byte[data.length + 4];
        body[0] = (byte) ((sequence ? SEQ_BIT : 0) | address);
        body[1] = (byte) data.length;
        System.arraycopy(data, 0, body, 2, data.length);
        int crc = Crc16.of(body, 0, data.length + 2);
        body[data.length + 2] = (byte) crc;
        body[data.length + 3] = (byte) (crc >>> 8);
        ByteArrayOutputStream wire = new ByteArrayOutputStream(body.length + 8);
        wire.write(STX);
        for (byte b : body) {
            wire.write(b);
            if ((b & 0xFF) == STX) {
                wire.write(STX);
            }
        }
        return wire.toByteArray();
    }

    /** Hex of the data, for technicians' details, e.g. {@code F0 EF 03}. */
    public String dataHex() {
        return HEX.formatHex(data);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SspPacket p && p.sequence == sequence && p.address == address
                && java.util.Arrays.equals(p.data, data);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(data) * 31 + address * 2 + (sequence ? 1 : 0);
    }

    @Override
    public String toString() {
        return "SspPacket[" + (sequence ? "seq=1" : "seq=0") + ", addr=" + address + ", data=" + dataHex() + "]";
    }
}
