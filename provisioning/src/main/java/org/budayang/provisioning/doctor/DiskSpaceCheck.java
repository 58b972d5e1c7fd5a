package org.budayang.provisioning.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.os.UsableSpace;

/**
 * Free space where the kiosk keeps its journal, outbox, catalogue cache and logs. A data directory that
 * does not exist yet is measured at its nearest existing parent, where it will be created.
 */
public final class DiskSpaceCheck implements Check {
    public static final String ID = "disk";
    /** Below this the journal cannot be trusted to record a day's transactions: FAIL. */
    public static final long DEFAULT_FAIL_BELOW = 512L * 1024 * 1024;
    /** Below this logs and the outbox may fill the disk within weeks offline: WARN. */
    public static final long DEFAULT_WARN_BELOW = 2L * 1024 * 1024 * 1024;

    private final Path dataDir;
    private final UsableSpace space;
    private final long failBelow;
    private final long warnBelow;
    private final Messages messages;

    public DiskSpaceCheck(Path dataDir, UsableSpace space, long failBelow, long warnBelow, Messages messages) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        this.space = Objects.requireNonNull(space, "space");
        if (failBelow < 0 || warnBelow < failBelow) {
            throw new IllegalArgumentException("DiskSpaceCheck thresholds must satisfy 0 <= failBelow <= warnBelow,"
                    + " got failBelow=" + failBelow + ", warnBelow=" + warnBelow);
        }
        this.failBelow = failBelow;
        this.warnBelow = warnBelow;
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run() {
        Path measured = dataDir;
        while (!Files.isDirectory(measured) && measured.getParent() != null) {
            measured = measured.getParent();
        }
        String where = measured.equals(dataDir) ? "data dir " + dataDir
                : "data dir " + dataDir + " does not exist yet; measured at " + measured;
        long usable;
        try {
            usable = space.usableBytes(measured);
        } catch (IOException unreadable) {
            return CheckResult.fail(ID, messages.get("disk.error"), where + ": " + unreadable, null);
        }
        String detail = where + ": " + usable + " bytes usable (fail below " + failBelow + ", warn below "
                + warnBelow + ")";
        if (usable < failBelow) {
            return CheckResult.fail(ID, messages.get("disk.critical", size(usable), size(failBelow)),
                    detail + ". Free space or choose another --data-dir.", null);
        }
        if (usable < warnBelow) {
            return CheckResult.warn(ID, messages.get("disk.low", size(usable), size(warnBelow)), detail, null);
        }
        return CheckResult.ok(ID, messages.get("disk.ok", size(usable)), detail);
    }

    /** A byte count as a technician reads it: {@code 512 MiB}, {@code 1.5 GiB}. */
    static String size(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%d %s", Math.round(value), units[unit]);
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
