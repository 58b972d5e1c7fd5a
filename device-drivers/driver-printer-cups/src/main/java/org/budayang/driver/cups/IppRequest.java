package org.budayang.driver.cups;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One IPP/1.1 request, encoded as it is written (RFC 8010 3.1): version, operation, request id, the attribute
 * groups in order, the end tag, then the document data if any. Values are added in the current group; a second
 * value for the same attribute uses {@link #also}.
 */
final class IppRequest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    private final int operation;
    private final int requestId;
    private byte[] document = new byte[0];
    private boolean ended;

    private IppRequest(int operation, int requestId) {
        this.operation = operation;
        this.requestId = requestId;
        out.write(1);
        out.write(1);
        writeShort(operation);
        writeInt(requestId);
    }

    /**
     * A request with the operation group started and its two required first attributes
     * ({@code attributes-charset utf-8}, {@code attributes-natural-language en}) written.
     */
    static IppRequest of(int operation, int requestId) {
        IppRequest request = new IppRequest(operation, requestId);
        request.group(Ipp.OPERATION_GROUP);
        request.value(Ipp.CHARSET, "attributes-charset", "utf-8");
        request.value(Ipp.NATURAL_LANGUAGE, "attributes-natural-language", "en");
        return request;
    }

    int operation() {
        return operation;
    }

    int requestId() {
        return requestId;
    }

    IppRequest group(int tag) {
        requireOpen();
        out.write(tag);
        return this;
    }

    IppRequest value(int tag, String name, String value) {
        return attribute(tag, name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A further value of the attribute written just before. */
    IppRequest also(int tag, String value) {
        return attribute(tag, "", value.getBytes(StandardCharsets.UTF_8));
    }

    IppRequest integer(int tag, String name, int value) {
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        return attribute(tag, name, bytes);
    }

    IppRequest bool(String name, boolean value) {
        return attribute(Ipp.BOOLEAN, name, new byte[] {(byte) (value ? 1 : 0)});
    }

    /** The document that follows the attributes (Print-Job). */
    IppRequest document(byte[] data) {
        this.document = Objects.requireNonNull(data, "data");
        return this;
    }

    /** The encoded request; no more attributes can be added after this. */
    byte[] encode() {
        if (!ended) {
            out.write(Ipp.END_OF_ATTRIBUTES);
            ended = true;
        }
        byte[] head = out.toByteArray();
        byte[] whole = new byte[head.length + document.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(document, 0, whole, head.length, document.length);
        return whole;
    }

    private IppRequest attribute(int tag, String name, byte[] value) {
        requireOpen();
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        if (value.length > 0x7FFF) {
            throw new IllegalArgumentException("IPP attribute '" + name + "' value is " + value.length
                    + " bytes; at most 32767 fit in one value");
        }
        out.write(tag);
        writeShort(nameBytes.length);
        out.writeBytes(nameBytes);
        writeShort(value.length);
        out.writeBytes(value);
        return this;
    }

    private void requireOpen() {
        if (ended) {
            throw new IllegalStateException("IPP request " + requestId + " is already encoded");
        }
    }

    private void writeShort(int value) {
        out.write(value >>> 8);
        out.write(value);
    }

    private void writeInt(int value) {
        writeShort(value >>> 16);
        writeShort(value & 0xFFFF);
    }
}
