package org.budayang.driver.link;

/** Opens a fresh {@link Link} each time it is called: a driver's open() and every reconnect use it. */
@FunctionalInterface
public interface LinkOpener {
    /** @throws LinkLostException naming the link when it cannot be opened (no such port, port busy, refused) */
    Link open() throws LinkLostException;
}
