package org.budayang.driver.escpos.emulator;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.budayang.driver.escpos.TextEncoding;

/**
 * The print mechanism of the emulated printer: applies buffered commands in order, keeps the print mode (bold,
 * sizes, underline, alignment, two-byte mode), and builds the receipt on the paper until a cut takes it off.
 * Text is decoded as the printer would: in GB18030/GBK, bytes from 0x80 outside two-byte mode ({@code FS &}) are
 * not Chinese and come out as U+FFFD, so a driver that forgets the mode switch is caught. Not thread-safe: the
 * emulator calls it under its own lock.
 */
final class Paper {
    private final TextEncoding encoding;
    private final int columns;
    private final Consumer<PrintedReceipt> finished;
    private final List<Printed> pieces = new ArrayList<>();
    private final List<Printed.Run> line = new ArrayList<>();
    private boolean bold;
    private boolean underline;
    private boolean doubleWidth;
    private boolean doubleHeight;
    private int align;
    private boolean twoByte;
    private int qrModule = 3;
    private char qrCorrection = 'L';
    private String qrStored = "";
    private int barcodeHeight = 162;
    private int receipts;

    Paper(TextEncoding encoding, int columns, Consumer<PrintedReceipt> finished) {
        this.encoding = encoding;
        this.columns = columns;
        this.finished = finished;
    }

    void apply(Command command) {
        if (command instanceof Command.Init) {
            line.clear(); // ESC @ clears the print buffer: a line not yet fed is not printed
            bold = false;
            underline = false;
            doubleWidth = false;
            doubleHeight = false;
            align = 0;
            twoByte = false;
        } else if (command instanceof Command.PrintMode mode) {
            bold = (mode.n() & 0x08) != 0;
            doubleHeight = (mode.n() & 0x10) != 0;
            doubleWidth = (mode.n() & 0x20) != 0;
            underline = (mode.n() & 0x80) != 0;
        } else if (command instanceof Command.Bold b) {
            bold = b.on();
        } else if (command instanceof Command.Underline u) {
            underline = u.on();
        } else if (command instanceof Command.CharacterSize size) {
            doubleWidth = (size.n() >> 4) > 0;
            doubleHeight = (size.n() & 0x0F) > 0;
        } else if (command instanceof Command.Align a) {
            align = Math.min(2, Math.max(0, a.n()));
        } else if (command instanceof Command.TwoByteMode mode) {
            twoByte = mode.on();
        } else if (command instanceof Command.Text text) {
            line.add(new Printed.Run(decode(text.bytes()), bold, doubleWidth, doubleHeight, underline));
        } else if (command instanceof Command.LineFeed) {
            endLine(true);
        } else if (command instanceof Command.Feed feed) {
            endLine(false);
            pieces.add(new Printed.Feed(feed.lines()));
        } else if (command instanceof Command.Qr qr) {
            qr(qr);
        } else if (command instanceof Command.BarcodeHeight height) {
            barcodeHeight = height.dots();
        } else if (command instanceof Command.Barcode barcode) {
            endLine(false);
            String data = new String(barcode.data(), StandardCharsets.US_ASCII);
            if (barcode.system() == 73 && data.startsWith("{")) {
                data = data.substring(2);
            }
            pieces.add(new Printed.Barcode(barcode.system(), data, barcodeHeight));
        } else if (command instanceof Command.Raster raster) {
            endLine(false);
            pieces.add(new Printed.Logo(raster.widthBytes(), raster.height(), raster.bits(), align));
        } else if (command instanceof Command.Cut cut) {
            endLine(false);
            boolean full = cut.m() == 0 || cut.m() == 48 || cut.m() == 65 || cut.m() == 97 || cut.m() == 103;
            finish(full ? PrintedReceipt.Cut.FULL : PrintedReceipt.Cut.PARTIAL);
        }
    }

    /** What is on the paper but not cut off yet comes off torn (paper ran out, buffer cleared). */
    void tear() {
        endLine(false);
        if (!pieces.isEmpty()) {
            finish(PrintedReceipt.Cut.TORN);
        }
    }

    private void qr(Command.Qr qr) {
        byte[] p = qr.parameters();
        switch (qr.fn()) {
            case 67 -> qrModule = p.length > 0 ? p[0] & 0xFF : qrModule;
            case 69 -> {
                int level = p.length > 0 ? (p[0] & 0xFF) - 48 : 0;
                qrCorrection = level >= 0 && level < 4 ? "LMQH".charAt(level) : 'L';
            }
            case 80 -> qrStored = p.length > 1 ? new String(p, 1, p.length - 1, StandardCharsets.UTF_8) : "";
            case 81 -> {
                endLine(false);
                pieces.add(new Printed.Qr(qrStored, qrModule, qrCorrection, align));
            }
            default -> { } // fn 65 (model) and others change nothing we render
        }
    }

    private void endLine(boolean lineFeed) {
        if (!line.isEmpty() || lineFeed) {
            pieces.add(new Printed.Line(line, align));
            line.clear();
        }
    }

    private void finish(PrintedReceipt.Cut cut) {
        receipts++;
        PrintedReceipt receipt = new PrintedReceipt(receipts, pieces, cut, columns);
        pieces.clear();
        finished.accept(receipt);
    }

    private String decode(byte[] bytes) {
        if (encoding.twoByteMode() && !twoByte) {
            StringBuilder out = new StringBuilder(bytes.length);
            for (byte b : bytes) {
                out.append((b & 0x80) == 0 ? (char) b : '\uFFFD');
            }
            return out.toString();
        }
        try {
            return encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException cannot) {
            return "\uFFFD".repeat(bytes.length); // not reached with REPLACE
        }
    }
}
