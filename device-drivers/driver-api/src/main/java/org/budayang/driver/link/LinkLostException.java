package org.budayang.driver.link;

import java.io.IOException;

/**
 * The link to a device is gone: the serial adapter was unplugged, the pty closed, the TCP peer
 * reset. The only failure a driver throws (DESIGN.md); the supervisor catches it, marks the
 * device OFFLINE and reopens it with backoff.
 */
public class LinkLostException extends IOException {
    private final String link;

    /**
     * @param link  the link as {@link Link#describe()} names it, e.g. {@code serial /dev/pts/3 115200 8N1}
     * @param what  what happened, e.g. {@code read failed: port closed}
     */
    public LinkLostException(String link, String what, Throwable cause) {
        super(link + ": " + what, cause);
        this.link = link;
    }

    public LinkLostException(String link, String what) {
        this(link, what, null);
    }

    public String link() {
        return link;
    }
}
