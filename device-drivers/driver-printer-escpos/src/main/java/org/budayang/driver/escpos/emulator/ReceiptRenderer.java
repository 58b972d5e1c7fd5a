package org.budayang.driver.escpos.emulator;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.Code39Writer;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a {@link PrintedReceipt} as the paper would look: 12 dots per column (576 dots for 48 columns, 384 for
 * 32, i.e. 80 mm and 58 mm paper at 203 dpi), a 24-dot CJK font (WenQuanYi Micro Hei or Noto Sans CJK when
 * installed), double width and height, QR codes drawn with ZXing's encoder so that the PNG's code can be read
 * back, barcodes, raster logos. A torn receipt gets a zig-zag edge at the bottom.
 */
public final class ReceiptRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptRenderer.class);
    private static final int DOTS_PER_COLUMN = 12;
    private static final int LINE_HEIGHT = 30;
    private static final int MARGIN = 16;
    private static final List<String> FONT_FILES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private final Font font;

    public ReceiptRenderer() {
        this.font = loadFont();
    }

    /** The font in use, e.g. {@code WenQuanYi Micro Hei}, or the JDK's logical font when none is installed. */
    public String fontName() {
        return font.getFontName();
    }

    private static Font loadFont() {
        for (String path : FONT_FILES) {
            File file = new File(path);
            if (file.isFile()) {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, file).deriveFont(Font.PLAIN, 24f);
                } catch (FontFormatException | IOException e) {
                    LOG.warn("cannot load the font {}: {}", path, e.toString());
                }
            }
        }
        LOG.warn("no CJK font found ({}); Chinese text renders as boxes: install fonts-wqy-microhei", FONT_FILES);
        return new Font(Font.MONOSPACED, Font.PLAIN, 24);
    }

    public BufferedImage render(PrintedReceipt receipt) {
        int width = receipt.columns() * DOTS_PER_COLUMN;
        List<BufferedImage> blocks = new ArrayList<>();
        for (Printed piece : receipt.pieces()) {
            blocks.add(block(piece, width));
        }
        int height = MARGIN * 2 + blocks.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage page = new BufferedImage(width + MARGIN * 2, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        int y = MARGIN;
        for (BufferedImage block : blocks) {
            g.drawImage(block, MARGIN, y, null);
            y += block.getHeight();
        }
        if (!receipt.isWhole()) {
            g.setColor(Color.GRAY);
            for (int x = 0; x < page.getWidth(); x += 16) {
                g.drawLine(x, height - 8, x + 8, height - 1);
                g.drawLine(x + 8, height - 1, x + 16, height - 8);
            }
        }
        g.dispose();
        return page;
    }

    private BufferedImage block(Printed piece, int width) {
        if (piece instanceof Printed.Line line) {
            return line(line, width);
        }
        if (piece instanceof Printed.Qr qr) {
            return qr(qr, width);
        }
        if (piece instanceof Printed.Barcode barcode) {
            return barcode(barcode, width);
        }
        if (piece instanceof Printed.Logo logo) {
            return logo(logo, width);
        }
        Printed.Feed feed = (Printed.Feed) piece;
        return blank(width, feed.lines() * LINE_HEIGHT);
    }

    private BufferedImage line(Printed.Line line, int width) {
        boolean tall = line.runs().stream().anyMatch(Printed.Run::doubleHeight);
        BufferedImage image = blank(width, tall ? LINE_HEIGHT * 2 : LINE_HEIGHT);
        Graphics2D g = graphics(image);
        int textWidth = 0;
        for (Printed.Run run : line.runs()) {
            textWidth += runWidth(g, run);
        }
        int x = switch (line.align()) {
            case 1 -> Math.max(0, (width - textWidth) / 2);
            case 2 -> Math.max(0, width - textWidth);
            default -> 0;
        };
        for (Printed.Run run : line.runs()) {
            Font runFont = font.deriveFont(run.bold() ? Font.BOLD : Font.PLAIN,
                    java.awt.geom.AffineTransform.getScaleInstance(run.doubleWidth() ? 2 : 1,
                            run.doubleHeight() ? 2 : 1));
            g.setFont(runFont);
            int baseline = (run.doubleHeight() ? LINE_HEIGHT * 2 : LINE_HEIGHT) - 6;
            int cellX = x;
            for (int i = 0; i < run.text().length(); ) {
                int cp = run.text().codePointAt(i);
                i += Character.charCount(cp);
                String glyph = new String(Character.toChars(cp));
                // a printer's font is fixed-pitch: each character sits in its own cell of 12 or 24 dots
                int cell = org.budayang.driver.escpos.DisplayWidth.of(cp) * DOTS_PER_COLUMN * (run.doubleWidth() ? 2 : 1);
                int advance = g.getFontMetrics().stringWidth(glyph);
                g.drawString(glyph, cellX + Math.max(0, (cell - advance) / 2), baseline);
                cellX += cell;
            }
            int w = runWidth(g, run);
            if (run.underline()) {
                g.drawLine(x, baseline + 2, x + w, baseline + 2);
            }
            x += w;
        }
        g.dispose();
        return image;
    }

    /** Columns by display width, as the printer lays them out (the font's own advance may differ). */
    private static int runWidth(Graphics2D g, Printed.Run run) {
        return org.budayang.driver.escpos.DisplayWidth.of(run.text()) * DOTS_PER_COLUMN * (run.doubleWidth() ? 2 : 1);
    }

    private BufferedImage qr(Printed.Qr qr, int width) {
        try {
            ErrorCorrectionLevel level = ErrorCorrectionLevel.valueOf(String.valueOf(qr.errorCorrection()));
            BitMatrix probe = new QRCodeWriter().encode(qr.payload(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, level, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            int module = Math.max(1, qr.moduleDots());
            int quiet = 4 * module;
            int size = probe.getWidth() * module;
            BufferedImage image = blank(width, size + quiet * 2);
            int x0 = switch (qr.align()) {
                case 1 -> Math.max(0, (width - size) / 2);
                case 2 -> Math.max(0, width - size - quiet);
                default -> quiet;
            };
            Graphics2D g = graphics(image);
            for (int y = 0; y < probe.getHeight(); y++) {
                for (int x = 0; x < probe.getWidth(); x++) {
                    if (probe.get(x, y)) {
                        g.fillRect(x0 + x * module, quiet + y * module, module, module);
                    }
                }
            }
            g.dispose();
            return image;
        } catch (WriterException | IllegalArgumentException e) {
            return textBlock("[QR code that cannot be drawn: " + e.getMessage() + "]", width);
        }
    }

    private BufferedImage barcode(Printed.Barcode barcode, int width) {
        try {
            BitMatrix bars = switch (barcode.system()) {
                case 73 -> new Code128Writer().encode(barcode.data(), BarcodeFormat.CODE_128, 0, barcode.heightDots());
                case 69 -> new Code39Writer().encode(barcode.data(), BarcodeFormat.CODE_39, 0, barcode.heightDots());
                case 67 -> new EAN13Writer().encode(barcode.data(), BarcodeFormat.EAN_13, 0, barcode.heightDots());
                default -> throw new IllegalArgumentException("barcode system " + barcode.system());
            };
            int module = Math.max(1, Math.min(2, width / bars.getWidth()));
            BufferedImage image = blank(width, barcode.heightDots() + LINE_HEIGHT);
            Graphics2D g = graphics(image);
            int x0 = Math.max(0, (width - bars.getWidth() * module) / 2);
            for (int x = 0; x < bars.getWidth(); x++) {
                if (bars.get(x, 0)) {
                    g.fillRect(x0 + x * module, 0, module, barcode.heightDots());
                }
            }
            g.setFont(font.deriveFont(18f));
            g.drawString(barcode.data(), Math.max(0, (width - barcode.data().length() * 10) / 2),
                    barcode.heightDots() + LINE_HEIGHT - 8);
            g.dispose();
            return image;
        } catch (IllegalArgumentException e) {
            return textBlock("[barcode that cannot be drawn: " + e.getMessage() + "]", width);
        }
    }

    private BufferedImage logo(Printed.Logo logo, int width) {
        int dots = logo.widthBytes() * 8;
        BufferedImage image = blank(width, logo.height());
        int x0 = switch (logo.align()) {
            case 1 -> Math.max(0, (width - dots) / 2);
            case 2 -> Math.max(0, width - dots);
            default -> 0;
        };
        byte[] bits = logo.bits();
        for (int y = 0; y < logo.height(); y++) {
            for (int x = 0; x < dots && x0 + x < width; x++) {
                if ((bits[y * logo.widthBytes() + x / 8] & (0x80 >> (x % 8))) != 0) {
                    image.setRGB(x0 + x, y, 0xFF000000);
                }
            }
        }
        return image;
    }

    private BufferedImage textBlock(String text, int width) {
        BufferedImage image = blank(width, LINE_HEIGHT);
        Graphics2D g = graphics(image);
        g.setFont(font.deriveFont(16f));
        g.drawString(text, 0, LINE_HEIGHT - 8);
        g.dispose();
        return image;
    }

    private static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, image.getHeight());
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }
}
