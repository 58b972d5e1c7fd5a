package org.budayang.central.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font every document is set in: Noto Sans SC Regular as TrueType (glyf outlines, which
 * PDFBox can subset; the CFF-based Noto CJK cannot be embedded), SIL Open Font License 1.1, from
 * the Maven artifact {@code com.helger.font:ph-fonts-noto-sans-sc}. The 10 MB file is read once;
 * parsed copies sit in a small pool because a parsed font is not safe for concurrent use, and each
 * document borrows one until it is saved (the subset is written at save).
 */
public final class CjkFont {
    static final String RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private final byte[] file;
    private final BlockingQueue<TrueTypeFont> pool;

    private CjkFont(byte[] file, int poolSize) {
        this.file = file;
        this.pool = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            pool.add(parse());
        }
    }

    /** Loads the bundled font, with one parsed copy per processor. */
    public static CjkFont bundled() {
        return bundled(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    static CjkFont bundled(int poolSize) {
        try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("FONT_MISSING: the document font " + RESOURCE + " is not on the class "
                        + "path; add the dependency com.helger.font:ph-fonts-noto-sans-sc to central");
            }
            return new CjkFont(in.readAllBytes(), poolSize);
        } catch (IOException e) {
            throw new UncheckedIOException("FONT_UNREADABLE: cannot read the document font " + RESOURCE, e);
        }
    }

    private TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(file));
        } catch (IOException e) {
            throw new UncheckedIOException("FONT_UNREADABLE: the document font " + RESOURCE + " does not parse", e);
        }
    }

    /** Borrows a parsed font for one document; close the lease after the document is saved. */
    Lease borrow() {
        try {
            return new Lease(pool.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a document font", e);
        }
    }

    /** One parsed font, used by one document at a time. */
    final class Lease implements AutoCloseable {
        private final TrueTypeFont font;
        private final CmapLookup cmap;

        private Lease(TrueTypeFont font) {
            this.font = font;
            try {
                this.cmap = font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("FONT_UNREADABLE: the document font has no Unicode cmap", e);
            }
        }

        /** The font embedded as a subset into {@code document}. */
        PDType0Font embedInto(PDDocument document) throws IOException {
            return PDType0Font.load(document, font, true);
        }

        /**
         * The text with what the font cannot draw replaced: control characters by spaces, characters
         * without a glyph by {@code □}, so that a rare character never stops a certificate.
         */
        String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                    out.append(' ');
                } else if (cmap.getGlyphId(cp) == 0) {
                    out.append('□');
                } else {
                    out.appendCodePoint(cp);
                }
            });
            return out.toString();
        }

        @Override
        public void close() {
            pool.add(font);
        }
    }
}
