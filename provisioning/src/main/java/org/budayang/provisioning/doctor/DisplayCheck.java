package org.budayang.provisioning.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.os.Executables;

/**
 * An X display for the kiosk's JavaFX window (JavaFX has no native Wayland: it needs X11 or XWayland).
 * A local {@code DISPLAY} must have its server socket in the X11 socket directory; without a display,
 * Xvfb lets the kiosk run headless only, which is a warning on a kiosk with a screen.
 */
public final class DisplayCheck implements Check {
    public static final String ID = "display";
    public static final Path X11_SOCKET_DIR = Path.of("/tmp/.X11-unix");
    static final String FIX = "apt-get install xvfb";
    private static final Pattern LOCAL = Pattern.compile("(?:unix)?:(\\d+)(?:\\.\\d+)?");

    private final Map<String, String> environment;
    private final Executables executables;
    private final Path socketDir;
    private final Messages messages;

    /**
     * @param environment the environment the kiosk would start with (reads {@code DISPLAY})
     * @param executables where to look for {@code Xvfb}
     * @param socketDir   the X11 socket directory, normally {@link #X11_SOCKET_DIR}
     */
    public DisplayCheck(Map<String, String> environment, Executables executables, Path socketDir,
                        Messages messages) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.executables = Objects.requireNonNull(executables, "executables");
        this.socketDir = Objects.requireNonNull(socketDir, "socketDir");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run() {
        String display = environment.getOrDefault("DISPLAY", "").strip();
        if (!display.isEmpty()) {
            return withDisplay(display);
        }
        Optional<Path> xvfb = executables.find("Xvfb");
        String noDisplay = "DISPLAY is not set";
        if (environment.containsKey("WAYLAND_DISPLAY")) {
            noDisplay += " (WAYLAND_DISPLAY=" + environment.get("WAYLAND_DISPLAY")
                    + " is set, but JavaFX needs X11 or XWayland)";
        }
        if (xvfb.isPresent()) {
            return CheckResult.warn(ID, messages.get("display.xvfbOnly"), noDisplay + "; Xvfb found at "
                    + xvfb.get() + ", so the kiosk can run under xvfb-run without a screen. On a kiosk with a"
                    + " screen, run doctor inside its graphical session.", null);
        }
        return CheckResult.fail(ID, messages.get("display.none"), noDisplay + " and Xvfb is not in "
                + executables.describe(), FIX);
    }

    private CheckResult withDisplay(String display) {
        Matcher local = LOCAL.matcher(display);
        if (!local.matches()) {
            return CheckResult.warn(ID, messages.get("display.remote", display), "DISPLAY=" + display
                    + " is not a local display (:N); its server cannot be checked from here", null);
        }
        Path socket = socketDir.resolve("X" + local.group(1));
        if (Files.exists(socket)) {
            return CheckResult.ok(ID, messages.get("display.ok", display), "X server socket " + socket + " exists");
        }
        return CheckResult.fail(ID, messages.get("display.noServer", display), "DISPLAY=" + display
                + " but " + socket + " does not exist: no X server is listening on display :" + local.group(1)
                + ". Start the kiosk's X session (or Xvfb :" + local.group(1) + ") first.", null);
    }
}
