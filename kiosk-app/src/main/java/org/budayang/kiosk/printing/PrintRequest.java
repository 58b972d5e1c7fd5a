package org.budayang.kiosk.printing;

import java.net.URI;
import java.util.Objects;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.Receipt;

/**
 * One citizen request to print, with the job id that every retry reuses (so it is never printed twice) and the
 * other way to get the same content (a link shown as a QR when printing fails). {@link #toString()} never shows
 * the content.
 *
 * @param jobId      the job id, {@code [A-Za-z0-9._-]{1,64}}
 * @param target     which printer
 * @param receipt    the receipt for {@link PrintTarget#RECEIPT}, else null
 * @param document   the PDF for {@link PrintTarget#DOCUMENT}, else null
 * @param anotherWay where the citizen can view or download the same content on a phone (http or https)
 */
public record PrintRequest(String jobId, PrintTarget target, Receipt receipt, PrintDocument document,
                           URI anotherWay) {

    public PrintRequest {
        PrintJob.requireJobId(jobId);
        Objects.requireNonNull(target, "PrintRequest.target is required");
        if ((target == PrintTarget.RECEIPT) != (receipt != null) || (target == PrintTarget.DOCUMENT) != (document != null)) {
            throw new IllegalArgumentException("PrintRequest " + jobId + ": target " + target
                    + " needs exactly its own content (a Receipt for RECEIPT, a PrintDocument for DOCUMENT)");
        }
        Objects.requireNonNull(anotherWay, "PrintRequest.anotherWay is required: a failed print must offer another way");
        String scheme = anotherWay.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("PrintRequest.anotherWay must be an http(s) link a phone can open, got "
                    + anotherWay);
        }
    }

    public static PrintRequest receipt(String jobId, Receipt receipt, URI anotherWay) {
        return new PrintRequest(jobId, PrintTarget.RECEIPT, Objects.requireNonNull(receipt, "receipt"), null,
                anotherWay);
    }

    public static PrintRequest document(String jobId, PrintDocument document, URI anotherWay) {
        return new PrintRequest(jobId, PrintTarget.DOCUMENT, null, Objects.requireNonNull(document, "document"),
                anotherWay);
    }

    @Override
    public String toString() {
        return "PrintRequest[" + jobId + ", " + target + "]";
    }
}
