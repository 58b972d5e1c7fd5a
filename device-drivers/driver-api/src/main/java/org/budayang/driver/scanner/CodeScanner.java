package org.budayang.driver.scanner;

import java.util.function.Consumer;
import org.budayang.driver.Device;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * A QR / barcode scanner that sends each code as a line (role {@code qrScanner}, as named in
 * {@code DeviceConfiguration.ROLES}; issue #6): 医保电子凭证, 电子身份证 codes, payment codes. Garbage and partial
 * lines are dropped, never delivered as codes.
 */
public interface CodeScanner extends Device {

    /** Registers a listener called with every code read while ENABLED (on a driver thread; must not block). */
    AutoCloseable onCode(Consumer<ScannedCode> listener);

    /**
     * Waits for the next code read after this call. Needs ENABLED.
     *
     * @return the code; {@code TimedOut} when none came within the deadline (the scanner stays ONLINE: nobody
     *         scanned), {@code Cancelled} when the caller gave up
     */
    Outcome<ScannedCode> awaitCode(Deadline deadline, CancelToken cancel) throws LinkLostException;
}
