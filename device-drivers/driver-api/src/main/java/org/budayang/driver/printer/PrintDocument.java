package org.budayang.driver.printer;

import java.util.Objects;

/**
 * A PDF to print on A4.
 *
 * @param title  the job title shown in the print system; never personal data (e.g. the item name)
 * @param pdf    the PDF bytes (copied); required, starts with {@code %PDF-}
 * @param copies 1 to 9
 * @param duplex print on both sides where the printer offers it (one-sided otherwise)
 */
public record PrintDocument(String title, byte[] pdf, int copies, boolean duplex) {

    public PrintDocument {
        Objects.requireNonNull(title, "PrintDocument.title is required");
        Objects.requireNonNull(pdf, "PrintDocument.pdf is required");
        if (pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F' || pdf[4] != '-') {
            throw new IllegalArgumentException("PrintDocument.pdf is not a PDF (does not start with %PDF-), "
                    + pdf.length + " bytes");
        }
        if (copies < 1 || copies > 9) {
            throw new IllegalArgumentException("PrintDocument.copies must be 1..9, got " + copies);
        }
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public String toString() {
        return "PrintDocument[title=" + title + ", " + pdf.length + " bytes, copies=" + copies + ", duplex=" + duplex + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrintDocument that && title.equals(that.title) && copies == that.copies
                && duplex == that.duplex && java.util.Arrays.equals(pdf, that.pdf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, copies, duplex, java.util.Arrays.hashCode(pdf));
    }
}
