package org.budayang.driver.printer;

import java.util.Optional;
import org.budayang.driver.Device;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * An A4 document printer (role {@code documentPrinter}), e.g. a CUPS queue. Printer state reasons map to
 * conditions: media-empty → PAPER_OUT, media-low → PAPER_LOW, toner-low / toner-empty → TONER_LOW / TONER_OUT,
 * door-open / cover-open → COVER_OPEN, media-jam → JAM, offline / queue stopped → OFFLINE.
 */
public interface DocumentPrinter extends Device {

    /**
     * Submits {@code document} as job {@code jobId} and follows it until it is completed or has failed. Needs
     * ENABLED. Idempotent per id like {@link ReceiptPrinter#print}.
     *
     * @return the PRINTED job; {@code DeviceError} with the failure code when the print system failed it;
     *         {@code TimedOut} when it was not completed within the deadline (the job is then FAILED with
     *         TIMED_OUT and the driver cancels it at the print system so it cannot come out later)
     */
    Outcome<PrintJob> print(String jobId, PrintDocument document, Deadline deadline, CancelToken cancel)
            throws LinkLostException;

    /** The job with this id, if this device has seen it since it was created. */
    Optional<PrintJob> job(String jobId);
}
