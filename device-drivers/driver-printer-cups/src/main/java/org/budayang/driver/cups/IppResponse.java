package org.budayang.driver.cups;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decoded IPP response: status, request id and attribute groups in the order they came (a Get-Jobs answer has
 * one job group per job). Integer, enum and boolean values become {@link Integer} / {@link Boolean}, the text-like
 * tags (0x40–0x5F) strings; other values are kept as bytes. Collections are kept as one opaque value: this driver
 * reads none of their members.
 */
final class IppResponse {

    /** One attribute group, e.g. the printer group of Get-Printer-Attributes. */
    record Group(int tag, Map<String, List<Object>> attributes) {
        Group {
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        Optional<Integer> integer(String name) {
            List<Object> values = attributes.get(name);
            return values != null && !values.isEmpty() && values.get(0) instanceof Integer value
                    ? Optional.of(value) : Optional.empty();
        }

        Optional<String> string(String name) {
            List<Object> values = attributes.get(name);
            return values != null && !values.isEmpty() && values.get(0) instanceof String value
                    ? Optional.of(value) : Optional.empty();
        }

        List<String> strings(String name) {
            List<String> strings = new ArrayList<>();
            for (Object value : attributes.getOrDefault(name, List.of())) {
                if (value instanceof String text) {
                    strings.add(text);
                }
            }
            return strings;
        }

        Optional<Boolean> bool(String name) {
            List<Object> values = attributes.get(name);
            return values != null && !values.isEmpty() && values.get(0) instanceof Boolean value
                    ? Optional.of(value) : Optional.empty();
        }
    }

    private final int status;
    private final int requestId;
    private final List<Group> groups;

    private IppResponse(int status, int requestId, List<Group> groups) {
        this.status = status;
        this.requestId = requestId;
        this.groups = List.copyOf(groups);
    }

    int status() {
        return status;
    }

    int requestId() {
        return requestId;
    }

    boolean successful() {
        return Ipp.successful(status);
    }

    List<Group> groups(int tag) {
        return groups.stream().filter(group -> group.tag() == tag).toList();
    }

    /** The first group with this tag, or an empty group. */
    Group group(int tag) {
        return groups.stream().filter(group -> group.tag() == tag).findFirst()
                .orElse(new Group(tag, Map.of()));
    }

    /** The {@code status-message} the server sent, or empty text. */
    String statusMessage() {
        return group(Ipp.OPERATION_GROUP).string("status-message").orElse("");
    }

    /**
     * Decodes a response.
     *
     * @throws IppFormatException naming the offset and what was wrong when the bytes are not an IPP response
     */
    static IppResponse decode(byte[] bytes) throws IppFormatException {
        Reader in = new Reader(bytes);
        int major = in.u8();
        in.u8();
        if (major != 1 && major != 2) {
            throw new IppFormatException("IPP version " + major + " at offset 0; expected 1.x or 2.x");
        }
        int status = in.u16();
        int requestId = in.s32();
        List<Group> groups = new ArrayList<>();
        Map<String, List<Object>> current = null;
        int currentTag = 0;
        String lastName = null;
        int collectionDepth = 0;
        while (true) {
            int tag = in.u8();
            if (tag == Ipp.END_OF_ATTRIBUTES) {
                break;
            }
            if (tag <= 0x0F) {
                if (collectionDepth > 0) {
                    throw new IppFormatException("group tag 0x" + Integer.toHexString(tag)
                            + " inside a collection at offset " + (in.position - 1));
                }
                if (current != null) {
                    groups.add(new Group(currentTag, current));
                }
                current = new LinkedHashMap<>();
                currentTag = tag;
                lastName = null;
                continue;
            }
            if (current == null) {
                throw new IppFormatException("value tag 0x" + Integer.toHexString(tag)
                        + " before any group tag at offset " + (in.position - 1));
            }
            if (tag == Ipp.EXTENSION) {
                throw new IppFormatException("extension value tag 0x7F at offset " + (in.position - 1)
                        + " is not supported");
            }
            String name = new String(in.bytes(in.u16()), StandardCharsets.UTF_8);
            byte[] value = in.bytes(in.u16());
            if (collectionDepth > 0) {
                if (tag == Ipp.BEGIN_COLLECTION) {
                    collectionDepth++;
                } else if (tag == Ipp.END_COLLECTION) {
                    collectionDepth--;
                }
                continue;
            }
            if (tag == Ipp.END_COLLECTION) {
                throw new IppFormatException("end of a collection that was not begun at offset " + in.position);
            }
            Object decoded = tag == Ipp.BEGIN_COLLECTION ? "(collection)" : decodeValue(tag, value, in.position);
            if (tag == Ipp.BEGIN_COLLECTION) {
                collectionDepth = 1;
            }
            if (!name.isEmpty()) {
                lastName = name;
                current.put(name, new ArrayList<>());
            } else if (lastName == null) {
                throw new IppFormatException("additional value with no attribute before it at offset " + in.position);
            }
            current.get(lastName).add(decoded);
        }
        if (collectionDepth > 0) {
            throw new IppFormatException("collection not ended before the end of the attributes");
        }
        if (current != null) {
            groups.add(new Group(currentTag, current));
        }
        return new IppResponse(status, requestId, groups);
    }

    private static Object decodeValue(int tag, byte[] value, int offset) throws IppFormatException {
        if (tag == Ipp.INTEGER || tag == Ipp.ENUM) {
            if (value.length != 4) {
                throw new IppFormatException("integer value of " + value.length + " bytes before offset " + offset);
            }
            return ((value[0] & 0xFF) << 24) | ((value[1] & 0xFF) << 16) | ((value[2] & 0xFF) << 8) | (value[3] & 0xFF);
        }
        if (tag == Ipp.BOOLEAN) {
            if (value.length != 1) {
                throw new IppFormatException("boolean value of " + value.length + " bytes before offset " + offset);
            }
            return value[0] != 0;
        }
        if (tag >= 0x40 && tag <= 0x5F) {
            return new String(value, StandardCharsets.UTF_8);
        }
        return value;
    }

    /** Bounds-checked big-endian reads. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int u8() throws IppFormatException {
            need(1);
            return bytes[position++] & 0xFF;
        }

        int u16() throws IppFormatException {
            return (u8() << 8) | u8();
        }

        int s32() throws IppFormatException {
            return (u16() << 16) | u16();
        }

        byte[] bytes(int length) throws IppFormatException {
            need(length);
            byte[] copy = new byte[length];
            System.arraycopy(bytes, position, copy, 0, length);
            position += length;
            return copy;
        }

        private void need(int length) throws IppFormatException {
            if (position + length > bytes.length) {
                throw new IppFormatException("response cut short: " + length + " more bytes wanted at offset "
                        + position + " of " + bytes.length);
            }
        }
    }
}
