package org.budayang.driver.escpos.emulator;

import java.util.List;
import java.util.Objects;

/** What the emulated printer put on paper, piece by piece (decoded from the ESC/POS stream). */
public sealed interface Printed permits Printed.Line, Printed.Qr, Printed.Barcode, Printed.Logo, Printed.Feed {

    /** Text with its style, as the printer's mode was when it was printed. */
    record Run(String text, boolean bold, boolean doubleWidth, boolean doubleHeight, boolean underline) {
        public Run {
            Objects.requireNonNull(text, "Run.text");
        }
    }

    /** One printed line (ended by LF); {@code align} 0 left, 1 centre, 2 right. */
    record Line(List<Run> runs, int align) implements Printed {
        public Line {
            runs = List.copyOf(runs);
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }

    /** A QR code printed from the symbol storage ({@code GS ( k} fn 81). */
    record Qr(String payload, int moduleDots, char errorCorrection, int align) implements Printed {
    }

    /** A barcode ({@code GS k}); {@code system} is the ESC/POS m (73 CODE128, 69 CODE39, 67 EAN13…). */
    record Barcode(int system, String data, int heightDots) implements Printed {
    }

    /** A raster image ({@code GS v 0}): {@code widthBytes * 8} dots wide. */
    record Logo(int widthBytes, int height, byte[] bits, int align) implements Printed {
        public Logo {
            bits = bits.clone();
        }

        @Override
        public byte[] bits() {
            return bits.clone();
        }
    }

    /** Paper fed by {@code ESC d n}. */
    record Feed(int lines) implements Printed {
    }
}
