package org.budayang.driver.escpos.emulator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One receipt as it came off the emulated printer.
 *
 * @param number   1, 2, … in the order the printer finished them
 * @param pieces   what was printed, top to bottom
 * @param cut      {@code PARTIAL} or {@code FULL} when it was cut off; {@code TORN} when it stopped without a cut
 *                 (paper ran out in the middle, or the buffer was cleared)
 * @param columns  the paper width in columns
 */
public record PrintedReceipt(int number, List<Printed> pieces, Cut cut, int columns) {

    public enum Cut { PARTIAL, FULL, TORN }

    public PrintedReceipt {
        pieces = List.copyOf(pieces);
    }

    /** Every text line, in order, joined by line feeds. */
    public String text() {
        return lines().stream().map(Printed.Line::text).collect(Collectors.joining("\n"));
    }

    public List<Printed.Line> lines() {
        return pieces.stream().filter(Printed.Line.class::isInstance).map(Printed.Line.class::cast).toList();
    }

    public List<Printed.Qr> qrCodes() {
        return pieces.stream().filter(Printed.Qr.class::isInstance).map(Printed.Qr.class::cast).toList();
    }

    public List<Printed.Barcode> barcodes() {
        return pieces.stream().filter(Printed.Barcode.class::isInstance).map(Printed.Barcode.class::cast).toList();
    }

    public List<Printed.Logo> logos() {
        return pieces.stream().filter(Printed.Logo.class::isInstance).map(Printed.Logo.class::cast).toList();
    }

    public boolean isWhole() {
        return cut != Cut.TORN;
    }

    /** A plain-text rendering for the emulator's output directory and console. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("# receipt ").append(number).append(", cut ").append(cut).append('\n');
        for (Printed piece : pieces) {
            if (piece instanceof Printed.Line line) {
                String marks = line.runs().stream().anyMatch(Printed.Run::bold) ? "*" : "";
                if (line.runs().stream().anyMatch(r -> r.doubleWidth() || r.doubleHeight())) {
                    marks += "2x";
                }
                out.append(marks.isEmpty() ? "" : "[" + marks + "] ").append(line.text()).append('\n');
            } else if (piece instanceof Printed.Qr qr) {
                out.append("[QR ").append(qr.errorCorrection()).append(' ').append(qr.moduleDots()).append("] ")
                        .append(qr.payload()).append('\n');
            } else if (piece instanceof Printed.Barcode barcode) {
                out.append("[BARCODE m=").append(barcode.system()).append("] ").append(barcode.data()).append('\n');
            } else if (piece instanceof Printed.Logo logo) {
                out.append("[LOGO ").append(logo.widthBytes() * 8).append('x').append(logo.height()).append("]\n");
            } else if (piece instanceof Printed.Feed feed) {
                out.append("\n".repeat(feed.lines()));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "PrintedReceipt[" + number + ", " + pieces.size() + " pieces, " + cut + "]";
    }
}
