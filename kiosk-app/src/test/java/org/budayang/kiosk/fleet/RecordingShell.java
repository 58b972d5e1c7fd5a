package org.budayang.kiosk.fleet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.kiosk.fleet.commands.KioskShell;
import org.budayang.kiosk.fleet.commands.ShellCommandException;

/** A kiosk shell that records every call; a session can be opened and a config key refused. */
final class RecordingShell implements KioskShell {
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile boolean sessionOpen;

    @Override
    public void outOfService(String message) {
        calls.add("outOfService " + message);
    }

    @Override
    public void backInService() {
        calls.add("backInService");
    }

    @Override
    public void reloadCatalog() {
        calls.add("reloadCatalog");
    }

    @Override
    public void restart() {
        calls.add("restart");
    }

    @Override
    public void setConfig(String key, String value) {
        if (!key.startsWith("session.")) {
            throw new ShellCommandException("UNKNOWN_CONFIG_KEY", "configuration key '" + key + "' cannot be set "
                    + "remotely; accepted: session.*");
        }
        calls.add("setConfig " + key + "=" + value);
    }

    @Override
    public byte[] collectLogs() {
        calls.add("collectLogs");
        return "2026-11-27 INFO kiosk started\n2026-11-27 INFO id 620102********0034 read\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] screenshot() {
        calls.add("screenshot");
        return new byte[] {(byte) 0x89, 'P', 'N', 'G'};
    }

    @Override
    public boolean sessionOpen() {
        return sessionOpen;
    }
}
