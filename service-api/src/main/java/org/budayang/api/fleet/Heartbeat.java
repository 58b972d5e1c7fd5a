package org.budayang.api.fleet;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/heartbeats}: a kiosk's telemetry, every 30 s by default, through its outbox with an
 * {@code Idempotency-Key}. No personal data: no ID number, name or form value can be put here — the screen is a
 * view's name, devices are roles. Sizes are bounded so that a heartbeat is a few kilobytes at most.
 *
 * @param appVersion        the kiosk application's version (1–64 of [A-Za-z0-9._+-])
 * @param sentAt            when the kiosk built the heartbeat; central keeps the newest per kiosk
 * @param uptimeSeconds     seconds since the kiosk application started (0..10 years)
 * @param devices           every configured device role, at most 16, each role once
 * @param network           the link to central
 * @param diskFreeBytes     free bytes on the kiosk's data partition (≥ 0)
 * @param memoryUsedBytes   JVM heap in use (≥ 0)
 * @param memoryMaxBytes    JVM heap maximum (≥ memoryUsedBytes)
 * @param lastTransactionAt when the last citizen transaction ended, null when none since the start
 * @param screen            the current screen's name, e.g. {@code attract} or {@code guide} (1–40 of
 *                          [A-Za-z0-9_-])
 */
public record Heartbeat(String appVersion, Instant sentAt, long uptimeSeconds, List<DeviceHealth> devices,
                        NetworkQuality network, long diskFreeBytes, long memoryUsedBytes, long memoryMaxBytes,
                        Instant lastTransactionAt, String screen) {
    public static final int MAX_DEVICES = 16;
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._+-]{1,64}");
    private static final Pattern SCREEN = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public Heartbeat {
        appVersion = Check.text("Heartbeat.appVersion", appVersion, 64, VERSION, "1-64 of [A-Za-z0-9._+-], e.g. "
                + "0.1.0-SNAPSHOT");
        Check.present("Heartbeat.sentAt", sentAt);
        Check.range("Heartbeat.uptimeSeconds", uptimeSeconds, 0, 10L * 366 * 24 * 3600);
        devices = Check.list("Heartbeat.devices", devices, MAX_DEVICES);
        Set<String> roles = new HashSet<>();
        for (DeviceHealth device : devices) {
            if (!roles.add(device.role())) {
                throw new IllegalArgumentException("Heartbeat.devices names role '" + device.role()
                        + "' twice; each role once");
            }
        }
        Check.present("Heartbeat.network", network);
        Check.range("Heartbeat.diskFreeBytes", diskFreeBytes, 0, Long.MAX_VALUE);
        Check.range("Heartbeat.memoryUsedBytes", memoryUsedBytes, 0, Long.MAX_VALUE);
        Check.range("Heartbeat.memoryMaxBytes", memoryMaxBytes, memoryUsedBytes, Long.MAX_VALUE);
        screen = Check.quietText("Heartbeat.screen", screen, 40, SCREEN, "a screen name of 1-40 [A-Za-z0-9_-], e.g. "
                + "attract");
    }

    /** The device of {@code role}, if the kiosk reported it. */
    public java.util.Optional<DeviceHealth> device(String role) {
        return devices.stream().filter(d -> d.role().equals(role)).findFirst();
    }
}
