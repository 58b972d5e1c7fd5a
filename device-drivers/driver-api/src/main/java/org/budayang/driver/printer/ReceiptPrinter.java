package org.budayang.driver.printer;

import java.util.Optional;
import org.budayang.driver.Device;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * A receipt printer (role {@code receiptPrinter}), e.g. ESC/POS over serial, USB printer class or TCP 9100.
 * Callers describe receipts with {@link Receipt}; they never build printer bytes.
 *
 * <p>Status: paper near-end → DEGRADED with PAPER_LOW; paper out → USER_ERROR with PAPER_OUT and action CLEAR;
 * cover open → USER_ERROR with COVER_OPEN; cutter or other mechanical error → HARDWARE_ERROR with MAINTENANCE;
 * no answer → OFFLINE.
 */
public interface ReceiptPrinter extends Device {

    /**
     * Prints {@code receipt} as job {@code jobId}: status check, send, status check. Needs ENABLED.
     * Idempotent per id: a job already PRINTED is returned as it is (never printed twice); a FAILED one is
     * sent again (the reprint once paper is back).
     *
     * @return the PRINTED job; {@code DeviceError} with the failure code (PAPER_OUT, COVER_OPEN, CUTTER_ERROR…)
     *         when it could not be printed (the job is then FAILED and {@link #job} says why);
     *         {@code TimedOut} / {@code Cancelled} likewise leave the job FAILED
     * @throws LinkLostException when the link to the printer is gone (the job is FAILED with OFFLINE)
     */
    Outcome<PrintJob> print(String jobId, Receipt receipt, Deadline deadline, CancelToken cancel)
            throws LinkLostException;

    /** The job with this id, if this device has seen it since it was created. */
    Optional<PrintJob> job(String jobId);
}
