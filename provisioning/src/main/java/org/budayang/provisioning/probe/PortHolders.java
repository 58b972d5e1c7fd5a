package org.budayang.provisioning.probe;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which other processes hold a device file open, read from {@code /proc/<pid>/fd} (like {@code fuser}), so that the
 * probe never sends a handshake into a port a running kiosk (or a technician's terminal program) is using.
 *
 * <p>A process that also holds {@code /dev/ptmx} is the master side of a pseudo-terminal (socat, an SSH server): it is
 * the other end of the "cable", not a competitor, and is not counted. Processes whose fds cannot be read (another
 * user's, without root) are not seen; jSerialComm's own exclusive lock then still refuses the open.
 */
public final class PortHolders {
    private final Path proc;
    private final long self;

    /** @param proc the proc file system ({@code /proc}; tests may give another) */
    public PortHolders(Path proc) {
        this.proc = Objects.requireNonNull(proc, "proc");
        this.self = ProcessHandle.current().pid();
    }

    /** One holder: process id and its command name. */
    public record Holder(long pid, String command) {
        @Override
        public String toString() {
            return command + " (pid " + pid + ")";
        }
    }

    /** The other processes that hold {@code device} open; empty when none (or when it cannot be resolved). */
    public List<Holder> of(Path device) {
        Path target;
        try {
            target = device.toRealPath();
        } catch (IOException | SecurityException notThere) {
            return List.of();
        }
        List<Holder> holders = new ArrayList<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, entry ->
                entry.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                if (pid == self) {
                    continue;
                }
                FdScan scan = scan(process.resolve("fd"), target);
                if (scan.holds && !scan.ptyMaster) {
                    holders.add(new Holder(pid, command(process)));
                }
            }
        } catch (IOException unreadable) {
            return List.of();
        }
        return holders;
    }

    private record FdScan(boolean holds, boolean ptyMaster) {
    }

    private static FdScan scan(Path fdDir, Path target) {
        boolean holds = false;
        boolean master = false;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDir)) {
            for (Path fd : fds) {
                Path link;
                try {
                    link = Files.readSymbolicLink(fd);
                } catch (IOException | UnsupportedOperationException | SecurityException gone) {
                    continue;
                }
                holds |= link.equals(target);
                master |= link.toString().equals("/dev/ptmx") || link.toString().equals("/dev/pts/ptmx");
            }
        } catch (IOException | SecurityException notOurs) {
            return new FdScan(false, false);
        }
        return new FdScan(holds, master);
    }

    private static String command(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip();
        } catch (IOException | SecurityException gone) {
            return "?";
        }
    }
}
