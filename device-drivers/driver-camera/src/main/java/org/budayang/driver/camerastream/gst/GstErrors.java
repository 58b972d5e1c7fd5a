package org.budayang.driver.camerastream.gst;

import java.util.Locale;
import org.budayang.driver.Health;
import org.budayang.driver.camerastream.SourceFailure;

/** Turns how a gst-launch-1.0 pipeline ended (its stderr and exit code) into the health to report. */
final class GstErrors {

    private GstErrors() {
    }

    static SourceFailure classify(String pipeline, String device, String stderr, Integer exitCode) {
        String text = stderr.toLowerCase(Locale.ROOT);
        String cause = firstError(stderr);
        String exit = exitCode == null ? "still running" : "exit code " + exitCode;
        if (text.contains("busy") || text.contains("resource busy")) {
            return new SourceFailure(Health.HARDWARE_ERROR, "camera " + device
                    + " is busy (held by another process, EBUSY); close the other program or reboot: " + cause);
        }
        if (text.contains("cannot identify device") || text.contains("no such file or directory")
                || text.contains("no such device") || text.contains("connection refused")
                || text.contains("failed to connect")) {
            return new SourceFailure(Health.OFFLINE, "camera " + device
                    + " is missing (unplugged or not connected): " + cause);
        }
        if (cause.isEmpty()) {
            return new SourceFailure(Health.OFFLINE, "camera " + device + ": the pipeline stopped sending frames ("
                    + exit + ", end of stream): " + pipeline);
        }
        return new SourceFailure(Health.HARDWARE_ERROR, "camera " + device + ": pipeline error (" + exit + "): "
                + cause + " in: " + pipeline);
    }

    /** The first "ERROR:" (or "WARNING: erroneous pipeline") line and the detail lines after it, or empty. */
    static String firstError(String stderr) {
        String[] lines = stderr.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("ERROR") || lines[i].startsWith("WARNING: erroneous pipeline")) {
                StringBuilder error = new StringBuilder(lines[i].strip());
                for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
                    String more = lines[j].strip();
                    if (!more.isEmpty() && !more.startsWith("Additional debug info") && !more.startsWith("../")) {
                        error.append(" / ").append(more);
                    }
                }
                return error.toString();
            }
        }
        return "";
    }
}
