package org.budayang.driver.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.printer.Receipt.Align;
import org.budayang.driver.printer.Receipt.Style;

/**
 * Lays out a {@link Receipt} for a paper width in columns and turns it into ESC/POS bytes: {@code ESC @} first,
 * styles with {@code ESC !}, {@code ESC E}, {@code GS !}, {@code ESC -} (and {@code FS !} for Chinese characters),
 * alignment with {@code ESC a}, Chinese text framed by {@code FS &} / {@code FS .} in GB18030 or GBK, QR codes with
 * {@code GS ( k}, barcodes with {@code GS k}, logos with {@code GS v 0}, cuts with {@code GS V}. A receipt that does
 * not end with a cut gets a partial cut, so that each receipt comes off the printer whole.
 */
public final class ReceiptEncoder {
    private static final int CUT_FEED_LINES = 3;

    private final int columns;
    private final TextEncoding encoding;

    public ReceiptEncoder(int columns, TextEncoding encoding) {
        if (columns != 32 && columns != 48) {
            throw new IllegalArgumentException("ReceiptEncoder.columns must be 32 or 48, got " + columns);
        }
        this.columns = columns;
        this.encoding = Objects.requireNonNull(encoding, "encoding");
    }

    public int columns() {
        return columns;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    /** The bytes that print {@code receipt}, from {@code ESC @} to the cut. */
    public byte[] encode(Receipt receipt) {
        Out out = new Out();
        out.bytes(EscPos.INIT);
        List<Receipt.Element> elements = receipt.elements();
        for (Receipt.Element element : elements) {
            if (element instanceof Receipt.Text text) {
                text(out, text.text(), text.style());
            } else if (element instanceof Receipt.Pair pair) {
                pair(out, pair);
            } else if (element instanceof Receipt.Rule rule) {
                int width = Math.max(1, DisplayWidth.of(rule.character()));
                line(out, String.valueOf(rule.character()).repeat(columns / width));
            } else if (element instanceof Receipt.Qr qr) {
                qr(out, qr);
            } else if (element instanceof Receipt.Barcode barcode) {
                barcode(out, barcode);
            } else if (element instanceof Receipt.Logo logo) {
                logo(out, logo);
            } else if (element instanceof Receipt.Feed feed) {
                out.bytes(EscPos.ESC, 'd', feed.lines());
            } else if (element instanceof Receipt.Cut cut) {
                cut(out, cut.partial());
            }
        }
        if (!(elements.get(elements.size() - 1) instanceof Receipt.Cut)) {
            cut(out, true);
        }
        return out.toByteArray();
    }

    private void text(Out out, String text, Style style) {
        align(out, style.align());
        int mode = (style.bold() ? 0x08 : 0) | (style.doubleHeight() ? 0x10 : 0) | (style.doubleWidth() ? 0x20 : 0)
                | (style.underline() ? 0x80 : 0);
        out.bytes(EscPos.ESC, '!', mode);
        out.bytes(EscPos.ESC, 'E', style.bold() ? 1 : 0);
        out.bytes(EscPos.GS, '!', (style.doubleWidth() ? 0x10 : 0) | (style.doubleHeight() ? 0x01 : 0));
        out.bytes(EscPos.ESC, '-', style.underline() ? 1 : 0);
        if (encoding.twoByteMode()) {
            out.bytes(EscPos.FS, '!', (style.doubleWidth() ? 0x04 : 0) | (style.doubleHeight() ? 0x08 : 0)
                    | (style.underline() ? 0x80 : 0));
        }
        int width = style.doubleWidth() ? columns / 2 : columns;
        for (String line : Layout.wrap(text, width)) {
            line(out, line);
        }
        out.bytes(EscPos.ESC, '!', 0);
        out.bytes(EscPos.ESC, 'E', 0);
        out.bytes(EscPos.GS, '!', 0);
        out.bytes(EscPos.ESC, '-', 0);
        if (encoding.twoByteMode()) {
            out.bytes(EscPos.FS, '!', 0);
        }
        align(out, Align.LEFT);
    }

    private void pair(Out out, Receipt.Pair pair) {
        String label = Layout.clean(pair.label()).replace('\n', ' ');
        String value = Layout.clean(pair.value()).replace('\n', ' ');
        int labelWidth = DisplayWidth.of(label);
        int valueWidth = DisplayWidth.of(value);
        if (labelWidth + 1 + valueWidth <= columns) {
            line(out, label + Layout.spaces(columns - labelWidth - valueWidth) + value);
            return;
        }
        for (String line : Layout.wrap(label, columns)) {
            line(out, line);
        }
        List<String> valueLines = Layout.wrap(value, columns);
        if (valueLines.size() == 1) {
            // a short value under a long label stays flush right, as on the label's line
            line(out, Layout.spaces(columns - DisplayWidth.of(valueLines.get(0))) + valueLines.get(0));
            return;
        }
        // a value of several lines is prose (an address, opening hours): left aligned, so no word stands alone
        for (String line : valueLines) {
            line(out, line);
        }
    }

    /** One line of text and a line feed; non-ASCII runs framed for two-byte mode where the encoding needs it. */
    private void line(Out out, String line) {
        int i = 0;
        while (i < line.length()) {
            int start = i;
            boolean ascii = line.charAt(i) < 0x80;
            while (i < line.length() && (line.charAt(i) < 0x80) == ascii) {
                i++;
            }
            String run = line.substring(start, i);
            if (ascii) {
                out.bytes(run.getBytes(StandardCharsets.US_ASCII));
            } else if (encoding.twoByteMode()) {
                out.bytes(EscPos.TWO_BYTE_ON);
                out.bytes(encodeRun(run));
                out.bytes(EscPos.TWO_BYTE_OFF);
            } else {
                out.bytes(encodeRun(run));
            }
        }
        out.bytes(EscPos.LF);
    }

    /** A non-ASCII run in the printer's encoding; a character it cannot encode (GBK lacks some) prints as a full-width ？. */
    private byte[] encodeRun(String run) {
        java.nio.charset.CharsetEncoder encoder = encoding.charset().newEncoder();
        StringBuilder printable = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            String one = new String(Character.toChars(cp));
            printable.append(encoder.canEncode(one) ? one : "？");
            i += Character.charCount(cp);
        }
        return printable.toString().getBytes(encoding.charset());
    }

    private void qr(Out out, Receipt.Qr qr) {
        align(out, qr.align());
        out.bytes(EscPos.GS, '(', 'k', 4, 0, 49, 65, 50, 0);                 // fn 65: model 2
        out.bytes(EscPos.GS, '(', 'k', 3, 0, 49, 67, qr.moduleDots());       // fn 67: module size
        out.bytes(EscPos.GS, '(', 'k', 3, 0, 49, 69, 48 + "LMQH".indexOf(qr.errorCorrection())); // fn 69
        byte[] data = qr.payload().getBytes(StandardCharsets.UTF_8);
        int length = data.length + 3;
        out.bytes(EscPos.GS, '(', 'k', length & 0xFF, length >> 8, 49, 80, 48);  // fn 80: store
        out.bytes(data);
        out.bytes(EscPos.GS, '(', 'k', 3, 0, 49, 81, 48);                    // fn 81: print
        align(out, Align.LEFT);
    }

    private void barcode(Out out, Receipt.Barcode barcode) {
        align(out, Align.CENTRE);
        out.bytes(EscPos.GS, 'H', 2);                    // human-readable text below
        out.bytes(EscPos.GS, 'h', barcode.heightDots());
        out.bytes(EscPos.GS, 'w', 2);
        byte[] data = switch (barcode.symbology()) {
            case CODE128 -> ("{B" + barcode.data()).getBytes(StandardCharsets.US_ASCII);
            case CODE39, EAN13 -> barcode.data().getBytes(StandardCharsets.US_ASCII);
        };
        int m = switch (barcode.symbology()) {
            case CODE128 -> 73;
            case CODE39 -> 69;
            case EAN13 -> 67;
        };
        out.bytes(EscPos.GS, 'k', m, data.length);
        out.bytes(data);
        align(out, Align.LEFT);
    }

    private void logo(Out out, Receipt.Logo logo) {
        align(out, logo.align());
        int rowBytes = (logo.width() + 7) / 8;
        out.bytes(EscPos.GS, 'v', '0', 0, rowBytes & 0xFF, rowBytes >> 8, logo.height() & 0xFF, logo.height() >> 8);
        out.bytes(logo.bits());
        align(out, Align.LEFT);
    }

    private void cut(Out out, boolean partial) {
        out.bytes(EscPos.GS, 'V', partial ? 66 : 65, CUT_FEED_LINES);
    }

    private static void align(Out out, Align align) {
        out.bytes(EscPos.ESC, 'a', switch (align) {
            case LEFT -> 0;
            case CENTRE -> 1;
            case RIGHT -> 2;
        });
    }

    /** A byte buffer that takes command bytes as ints. */
    private static final class Out extends ByteArrayOutputStream {
        Out() {
            super(1024);
        }

        void bytes(int... values) {
            for (int value : values) {
                write(value);
            }
        }

        void bytes(byte[] values) {
            write(values, 0, values.length);
        }
    }
}
