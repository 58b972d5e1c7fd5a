package org.budayang.central.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link DocumentContent.Table}: column widths in proportion to their content (each at
 * least a minimum), cells wrapped, ruled borders, and the header row repeated on every page the
 * table continues on.
 */
final class TablePainter {
    private static final float PADDING = 4f;
    private static final float MIN_COLUMN = 42f;

    private TablePainter() {
    }

    static void draw(PdfCanvas canvas, DocumentContent.Table table, float size) throws IOException {
        float[] widths = widths(canvas, table, size);
        float lineHeight = size * 1.4f;
        List<List<String>> header = wrapRow(canvas, table.header(), widths, size);
        float headerHeight = height(header, lineHeight);
        canvas.ensure(headerHeight + lineHeight + 2 * PADDING);
        row(canvas, header, widths, size, lineHeight, true);
        for (List<String> cells : table.rows()) {
            List<List<String>> wrapped = wrapRow(canvas, cells, widths, size);
            float rowHeight = height(wrapped, lineHeight);
            if (canvas.ensure(rowHeight)) {
                row(canvas, header, widths, size, lineHeight, true);
            }
            row(canvas, wrapped, widths, size, lineHeight, false);
        }
        if (table.rows().isEmpty()) {
            List<List<String>> none = new ArrayList<>();
            none.add(List.of("（无记录）"));
            row(canvas, none, new float[] {PdfCanvas.WIDTH}, size, lineHeight, false);
        }
    }

    private static float[] widths(PdfCanvas canvas, DocumentContent.Table table, float size) throws IOException {
        int columns = table.header().size();
        float[] want = new float[columns];
        for (int c = 0; c < columns; c++) {
            float widest = canvas.width(canvas.printable(table.header().get(c)), size);
            for (List<String> row : table.rows()) {
                widest = Math.max(widest, canvas.width(canvas.printable(row.get(c)), size));
            }
            want[c] = Math.max(MIN_COLUMN, widest + 2 * PADDING);
        }
        return share(want, PdfCanvas.WIDTH);
    }

    /**
     * Shares the line width: a column that wants less than an equal share of what is left gets what
     * it wants (numbers and dates stay on one line), the long columns split the rest equally;
     * leftover space, when all fit, is spread evenly.
     */
    static float[] share(float[] want, float total) {
        int columns = want.length;
        float[] widths = new float[columns];
        boolean[] settled = new boolean[columns];
        float remaining = total;
        int open = columns;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float fair = remaining / open;
            for (int c = 0; c < columns; c++) {
                if (!settled[c] && want[c] <= fair) {
                    widths[c] = want[c];
                    settled[c] = true;
                    remaining -= want[c];
                    open--;
                    changed = true;
                }
            }
        }
        if (open > 0) {
            for (int c = 0; c < columns; c++) {
                if (!settled[c]) {
                    widths[c] = Math.max(MIN_COLUMN, remaining / open);
                }
            }
        } else {
            for (int c = 0; c < columns; c++) {
                widths[c] += remaining / columns;
            }
        }
        return widths;
    }

    private static List<List<String>> wrapRow(PdfCanvas canvas, List<String> cells, float[] widths, float size)
            throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            wrapped.add(canvas.wrap(cells.get(c), size, widths[c] - 2 * PADDING));
        }
        return wrapped;
    }

    private static float height(List<List<String>> row, float lineHeight) {
        int lines = 1;
        for (List<String> cell : row) {
            lines = Math.max(lines, cell.size());
        }
        return lines * lineHeight + 2 * PADDING;
    }

    private static void row(PdfCanvas canvas, List<List<String>> cells, float[] widths, float size, float lineHeight,
                            boolean header) throws IOException {
        float height = height(cells, lineHeight);
        float top = canvas.y();
        var cs = canvas.stream();
        if (header) {
            cs.setNonStrokingColor(new java.awt.Color(0xEE, 0xEE, 0xEE));
            cs.addRect(PdfCanvas.LEFT, top - height, sum(widths), height);
            cs.fill();
            cs.setNonStrokingColor(java.awt.Color.BLACK);
        }
        float x = PdfCanvas.LEFT;
        for (int c = 0; c < cells.size(); c++) {
            float baseline = top - PADDING - size;
            for (String line : cells.get(c)) {
                canvas.text(line, size, x + PADDING, baseline);
                baseline -= lineHeight;
            }
            x += widths[c];
        }
        cs.setStrokingColor(java.awt.Color.GRAY);
        cs.setLineWidth(0.5f);
        cs.addRect(PdfCanvas.LEFT, top - height, sum(widths), height);
        x = PdfCanvas.LEFT;
        for (int c = 0; c < widths.length - 1; c++) {
            x += widths[c];
            cs.moveTo(x, top);
            cs.lineTo(x, top - height);
        }
        cs.stroke();
        cs.setStrokingColor(java.awt.Color.BLACK);
        canvas.down(height);
    }

    private static float sum(float[] widths) {
        float total = 0f;
        for (float w : widths) {
            total += w;
        }
        return total;
    }
}
