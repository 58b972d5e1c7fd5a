package org.budayang.provisioning.doctor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.os.CommandRunner;
import org.budayang.provisioning.os.Executables;
import org.budayang.provisioning.os.ProcessCommandRunner;
import org.budayang.provisioning.os.UsableSpace;

/** The doctor's checks wired to this machine's real programs, environment and file systems. */
public final class StandardChecks {
    /** Where the kiosk keeps its data unless told otherwise. */
    public static final Path DEFAULT_DATA_DIR = Path.of("/var/lib/budayang");
    /** {@code ldconfig} lives in sbin, which a normal user's PATH often lacks. */
    private static final List<Path> SYSTEM_DIRS = List.of(Path.of("/usr/sbin"), Path.of("/sbin"));

    private StandardChecks() {
    }

    /**
     * @param dataDir     the kiosk's data directory
     * @param environment the environment to judge and to run programs with, normally {@code System.getenv()}
     */
    public static List<Check> forThisMachine(Path dataDir, Map<String, String> environment, Messages messages) {
        Executables executables = Executables.fromPath(environment.get("PATH"), SYSTEM_DIRS);
        CommandRunner runner = new ProcessCommandRunner(environment, executables);
        return List.of(
                new JavaVersionCheck(Runtime.version(), System.getProperty("java.home"), messages),
                new CjkFontCheck(runner, messages),
                new DisplayCheck(environment, executables, DisplayCheck.X11_SOCKET_DIR, messages),
                new Gtk3Check(runner, messages),
                new DiskSpaceCheck(dataDir, UsableSpace.ofFileStore(), DiskSpaceCheck.DEFAULT_FAIL_BELOW,
                        DiskSpaceCheck.DEFAULT_WARN_BELOW, messages));
    }
}
