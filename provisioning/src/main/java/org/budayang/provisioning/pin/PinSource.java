package org.budayang.provisioning.pin;

import java.io.IOException;

/** Where the PIN to hash comes from. The caller clears the returned array when done. */
public interface PinSource {

    /** @throws InvalidPinException if nothing was entered or the entries differ */
    char[] read() throws IOException, InvalidPinException;
}
