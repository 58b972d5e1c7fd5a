package org.budayang.kiosk.fleet.commands;

/**
 * What remote commands do to the kiosk; the kiosk shell implements it (the lead wires it in KioskMain). Methods are
 * called on the command poller's thread: an implementation hands UI work to the FX thread and waits for it. A
 * method that cannot do its work throws {@link ShellCommandException} (FAILED with its code) — any other
 * RuntimeException is reported FAILED {@code SHELL_ERROR}.
 */
public interface KioskShell {
    /** Stop offering services and show {@code message} to citizens (an open session may finish first). */
    void outOfService(String message);

    void backInService();

    /** Fetch the catalogue from central now. */
    void reloadCatalog();

    /** Restart the application; may not return (the result is reported after the restart). */
    void restart();

    /** Set one kiosk configuration value (the shell checks the key and value like its configuration file). */
    void setConfig(String key, String value);

    /** The recent log, personal data already masked, UTF-8 text, at most about 512 KiB. */
    byte[] collectLogs();

    /** A PNG of the screen; only called while no citizen session is open. */
    byte[] screenshot();

    /** Whether a citizen's session is open now (a screenshot is refused then). */
    boolean sessionOpen();
}
