package org.budayang.central.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A flowing A4 portrait layout: a cursor moves down the page, {@link #ensure(float)} starts a new
 * page when the next block does not fit, and text is measured and wrapped with the document font.
 * Coordinates are PDF points from the bottom left.
 */
final class PdfCanvas implements AutoCloseable {
    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN = 56f;
    static final float TOP = A4.getHeight() - 48f;
    static final float BOTTOM = 72f;
    static final float LEFT = MARGIN;
    static final float RIGHT = A4.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;

    private final PDDocument document;
    private final PDFont font;
    private final CjkFont.Lease glyphs;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(PDDocument document, PDFont font, CjkFont.Lease glyphs) throws IOException {
        this.document = document;
        this.font = font;
        this.glyphs = glyphs;
        newPage();
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(A4);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    boolean ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    PDPageContentStream stream() {
        return stream;
    }

    PDFont font() {
        return font;
    }

    List<PDPage> pages() {
        return List.copyOf(pages);
    }

    String printable(String text) {
        return glyphs.printable(text);
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Draws one line of (printable) text with its baseline at {@code baseline}. */
    void text(String text, float size, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    /** Draws text centred on {@code centre}. */
    void centred(String text, float size, float centre, float baseline) throws IOException {
        text(text, size, centre - width(text, size) / 2f, baseline);
    }

    /**
     * Breaks text into lines no wider than {@code maxWidth}: CJK may break between any two
     * characters, Latin words and numbers stay whole unless a single one is wider than the line.
     */
    List<String> wrap(String raw, float size, float maxWidth) throws IOException {
        String text = printable(raw);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0f;
        for (String token : tokens(text)) {
            float tokenWidth = width(token, size);
            if (lineWidth + tokenWidth <= maxWidth + 0.01f) { // summed token widths may round past an exact fit
                line.append(token);
                lineWidth += tokenWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0f;
            }
            String rest = token.stripLeading();
            while (width(rest, size) > maxWidth) { // one word wider than the line: cut it
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length() && width(rest.substring(0, rest.offsetByCodePoints(cut, 1)), size) <= maxWidth) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineWidth = width(rest, size);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Splits into wrap units: each CJK character alone, runs of Latin letters/digits, a space with what follows. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean latin = cp < 0x2E80 && !Character.isWhitespace(cp);
            if (latin) {
                word.appendCodePoint(cp);
                return;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(new String(Character.toChars(cp)));
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    void line(float x1, float y1, float x2, float y2, float width) throws IOException {
        stream.setLineWidth(width);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
