package org.budayang.driver.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a receipt says, independent of any printer's bytes (issue #5): the driver lays it out for its paper
 * width (e.g. 32 or 48 columns) and encoding. Build one with {@link #builder()}. {@link #toString()} never shows
 * the text (receipts carry names and application numbers).
 *
 * @param elements the elements top to bottom; at least one
 */
public record Receipt(List<Element> elements) {

    public Receipt {
        Objects.requireNonNull(elements, "Receipt.elements is required");
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("Receipt.elements: a receipt needs at least one element");
        }
    }

    public enum Align { LEFT, CENTRE, RIGHT }

    /** How text is emphasised. */
    public record Style(Align align, boolean bold, boolean doubleWidth, boolean doubleHeight, boolean underline) {
        public static final Style NORMAL = new Style(Align.LEFT, false, false, false, false);
        public static final Style HEADING = new Style(Align.CENTRE, true, true, true, false);
        public static final Style CENTRED = new Style(Align.CENTRE, false, false, false, false);

        public Style {
            Objects.requireNonNull(align, "Receipt.Style.align is required");
        }
    }

    public enum Symbology { CODE128, CODE39, EAN13 }

    /** One element of a receipt. */
    public sealed interface Element permits Text, Pair, Rule, Qr, Barcode, Logo, Feed, Cut {
    }

    /** A paragraph of text, wrapped by the driver to the paper width. */
    public record Text(String text, Style style) implements Element {
        public Text {
            Objects.requireNonNull(text, "Receipt.Text.text is required");
            Objects.requireNonNull(style, "Receipt.Text.style is required");
        }

        @Override
        public String toString() {
            return "Text[" + text.length() + " chars, " + style + "]";
        }
    }

    /** A label on the left and its value on the right of the same line (wrapped below when too long). */
    public record Pair(String label, String value) implements Element {
        public Pair {
            Objects.requireNonNull(label, "Receipt.Pair.label is required");
            Objects.requireNonNull(value, "Receipt.Pair.value is required");
        }

        @Override
        public String toString() {
            return "Pair[" + label.length() + "+" + value.length() + " chars]";
        }
    }

    /** A separator line of {@code character} across the paper width. */
    public record Rule(char character) implements Element {
    }

    /**
     * A QR code ({@code GS ( k}).
     *
     * @param payload         1 to 700 characters (ASCII/UTF-8)
     * @param moduleDots      dots per module, 1 to 16
     * @param errorCorrection one of L, M, Q, H
     */
    public record Qr(String payload, int moduleDots, char errorCorrection, Align align) implements Element {
        public Qr {
            Objects.requireNonNull(payload, "Receipt.Qr.payload is required");
            if (payload.isEmpty() || payload.length() > 700) {
                throw new IllegalArgumentException("Receipt.Qr.payload must be 1..700 characters, got " + payload.length());
            }
            if (moduleDots < 1 || moduleDots > 16) {
                throw new IllegalArgumentException("Receipt.Qr.moduleDots must be 1..16, got " + moduleDots);
            }
            if ("LMQH".indexOf(errorCorrection) < 0) {
                throw new IllegalArgumentException("Receipt.Qr.errorCorrection must be L, M, Q or H, got " + errorCorrection);
            }
            Objects.requireNonNull(align, "Receipt.Qr.align is required");
        }

        @Override
        public String toString() {
            return "Qr[" + payload.length() + " chars, " + moduleDots + " dots, " + errorCorrection + "]";
        }
    }

    /** A one-dimensional barcode with its human-readable text below. */
    public record Barcode(Symbology symbology, String data, int heightDots) implements Element {
        public Barcode {
            Objects.requireNonNull(symbology, "Receipt.Barcode.symbology is required");
            Objects.requireNonNull(data, "Receipt.Barcode.data is required");
            boolean valid = switch (symbology) {
                case CODE128 -> data.matches("[\\x20-\\x7E]{1,60}");
                case CODE39 -> data.matches("[0-9A-Z $%*+\\-./]{1,40}");
                case EAN13 -> data.matches("\\d{12,13}");
            };
            if (!valid) {
                throw new IllegalArgumentException("Receipt.Barcode: '" + data + "' cannot be printed as " + symbology);
            }
            if (heightDots < 16 || heightDots > 255) {
                throw new IllegalArgumentException("Receipt.Barcode.heightDots must be 16..255, got " + heightDots);
            }
        }
    }

    /**
     * A monochrome bitmap (logo), one bit per dot, rows top to bottom, most significant bit leftmost,
     * {@code (width + 7) / 8} bytes per row.
     */
    public record Logo(int width, int height, byte[] bits, Align align) implements Element {
        public Logo {
            if (width < 1 || width > 1024 || height < 1 || height > 1024) {
                throw new IllegalArgumentException("Receipt.Logo size must be 1..1024 dots each way, got "
                        + width + "x" + height);
            }
            Objects.requireNonNull(bits, "Receipt.Logo.bits is required");
            if (bits.length != (width + 7) / 8 * height) {
                throw new IllegalArgumentException("Receipt.Logo.bits: " + width + "x" + height + " needs "
                        + (width + 7) / 8 * height + " bytes, got " + bits.length);
            }
            bits = bits.clone();
            Objects.requireNonNull(align, "Receipt.Logo.align is required");
        }

        @Override
        public byte[] bits() {
            return bits.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Logo that && width == that.width && height == that.height
                    && align == that.align && java.util.Arrays.equals(bits, that.bits);
        }

        @Override
        public int hashCode() {
            return Objects.hash(width, height, align, java.util.Arrays.hashCode(bits));
        }

        @Override
        public String toString() {
            return "Logo[" + width + "x" + height + "]";
        }
    }

    /** Blank lines, 1 to 10. */
    public record Feed(int lines) implements Element {
        public Feed {
            if (lines < 1 || lines > 10) {
                throw new IllegalArgumentException("Receipt.Feed.lines must be 1..10, got " + lines);
            }
        }
    }

    /** Cut the paper (partial leaves a hinge so the receipt does not fall). */
    public record Cut(boolean partial) implements Element {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a receipt element by element. */
    public static final class Builder {
        private final List<Element> elements = new ArrayList<>();

        private Builder() {
        }

        public Builder heading(String text) {
            return add(new Text(text, Style.HEADING));
        }

        public Builder text(String text) {
            return add(new Text(text, Style.NORMAL));
        }

        public Builder text(String text, Style style) {
            return add(new Text(text, style));
        }

        public Builder centred(String text) {
            return add(new Text(text, Style.CENTRED));
        }

        public Builder pair(String label, String value) {
            return add(new Pair(label, value));
        }

        public Builder rule() {
            return add(new Rule('-'));
        }

        public Builder qr(String payload) {
            return add(new Qr(payload, 6, 'M', Align.CENTRE));
        }

        public Builder barcode(Symbology symbology, String data) {
            return add(new Barcode(symbology, data, 80));
        }

        public Builder logo(int width, int height, byte[] bits) {
            return add(new Logo(width, height, bits, Align.CENTRE));
        }

        public Builder feed(int lines) {
            return add(new Feed(lines));
        }

        public Builder cut() {
            return add(new Cut(true));
        }

        public Builder add(Element element) {
            elements.add(Objects.requireNonNull(element, "Receipt element"));
            return this;
        }

        public Receipt build() {
            return new Receipt(elements);
        }
    }

    @Override
    public String toString() {
        return "Receipt[" + elements.size() + " elements]";
    }
}
