package org.budayang.driver.cups;

/** The server's answer is not a valid IPP response; the message names the offset and what was wrong. */
final class IppFormatException extends Exception {
    IppFormatException(String message) {
        super(message);
    }
}
