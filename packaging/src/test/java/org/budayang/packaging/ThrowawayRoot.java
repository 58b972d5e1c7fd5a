package org.budayang.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A root file system to install packages into for real without touching the host: an overlay of the host's / (read
 * only, the lower layer) with a private upper layer, mounted in a mount namespace of its own ({@code unshare -m}) for
 * each command, which runs chrooted in it with /proc, /dev, /sys and an empty /run. What the commands change (dpkg's
 * database, the users, the installed files) accumulates in the upper layer, {@link #changed(String)}; the host's / never
 * changes. Needs root, unshare and overlayfs: {@link #availability()}.
 */
final class ThrowawayRoot implements AutoCloseable {
    /** How long one command may take. */
    private static final long COMMAND_TIMEOUT_SECONDS = 120;
    private final Path base;
    private final Path upper;
    private final Path work;
    private final Path merged;

    /** The result of one command: its exit code and its standard output and error together. */
    record Result(int exit, String output) {
        Result expect(int code, String what) {
            assertEquals(code, exit, what + ": exit code; output:\n" + output);
            return this;
        }
    }

    private ThrowawayRoot(Path base) throws IOException {
        this.base = Files.createDirectories(base);
        this.upper = Files.createDirectories(base.resolve("upper"));
        this.work = Files.createDirectories(base.resolve("work"));
        this.merged = Files.createDirectories(base.resolve("merged"));
    }

    /**
     * Where the roots' layers go: the module's target folder, or else the system's temporary folder (an upper layer
     * cannot be on every file system, e.g. not on an overlay as a container's checkout may be).
     */
    private static final List<Path> PLACES = List.of(Path.of("target", "roots").toAbsolutePath(),
            Path.of(System.getProperty("java.io.tmpdir"), "budayang-roots"));

    /** A new root called {@code name} in the first place where an overlay can be mounted ({@link #availability()}). */
    static ThrowawayRoot create(String name) throws IOException {
        Path place = usablePlace();
        if (place == null) {
            throw new IllegalStateException("no throwaway root can be made here: " + availability());
        }
        Path base = place.resolve(name);
        new ThrowawayRoot(base).close();   // what an interrupted run left
        return new ThrowawayRoot(base);
    }

    /** Why a throwaway root cannot be made on this machine, or null when it can. */
    static String availability() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "not root (dpkg in a throwaway root needs root for unshare -m and mount)";
        }
        if (!onPath("unshare") || !onPath("chroot") || !onPath("dpkg")) {
            return "unshare, chroot or dpkg missing (apt-get install util-linux coreutils dpkg)";
        }
        return usablePlace() != null ? null : "an overlay of / cannot be mounted with its upper layer in any of "
                + PLACES + ": " + lastProblem;
    }

    private static String lastProblem = "";

    private static synchronized Path usablePlace() {
        for (Path place : PLACES) {
            try {
                Path probe = Files.createDirectories(place).resolve("overlay-probe");
                try (ThrowawayRoot root = new ThrowawayRoot(probe)) {
                    Result r = root.run("true");
                    if (r.exit() == 0) {
                        return place;
                    }
                    lastProblem = place + ": " + r.output().strip();
                }
            } catch (IOException | UncheckedIOException e) {
                lastProblem = place + ": " + e.getMessage();
            }
        }
        return null;
    }

    /** Runs argv chrooted in the root and waits for it. */
    Result run(String... argv) {
        Process process = start(argv);
        try {
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out after " + COMMAND_TIMEOUT_SECONDS + " s: " + String.join(" ", argv));
            }
            return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + String.join(" ", argv), e);
        }
    }

    /** Runs a shell command line chrooted in the root. */
    Result sh(String commandLine) {
        return run("/bin/sh", "-c", commandLine);
    }

    /**
     * Starts argv chrooted in the root; standard output and error together. The process IS the command (unshare, sh
     * and chroot each exec the next), so destroy() sends it SIGTERM. While it runs, no other command may run in the
     * root (two mounts of one upper layer are undefined behaviour): read its files with {@link #changed(String)}.
     */
    Process start(String... argv) {
        return start(null, argv);
    }

    /** {@link #start(String...)} with standard output and error written to {@code log} (a long-running server). */
    Process start(Path log, String... argv) {
        String mount = "mount -t overlay overlay -o lowerdir=/,upperdir=" + upper + ",workdir=" + work + " " + merged
                + " && mount -t proc proc " + merged + "/proc"
                + " && mount --rbind /dev " + merged + "/dev"
                + " && mount --rbind /sys " + merged + "/sys"
                + " && mount -t tmpfs tmpfs " + merged + "/run"
                + " && exec chroot " + merged + " \"$@\"";
        List<String> command = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                mount, "sh"));
        command.addAll(List.of(argv));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (log != null) {
            builder.redirectOutput(log.toFile());
        }
        builder.environment().put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        builder.environment().put("LANG", "C.UTF-8");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts a host file into the root at {@code pathInRoot} (a hard link when possible). Use a folder the host does not
     * have (e.g. /budayang-test): a folder created here in the upper layer hides the host's folder's mode (a /tmp made
     * here would be 0755, not 1777).
     */
    void put(Path file, String pathInRoot) throws IOException {
        Path target = changed(pathInRoot);
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, target);
        }
    }

    /** Where a file the commands wrote at {@code pathInRoot} is, in the upper layer (it exists once written). */
    Path changed(String pathInRoot) {
        return upper.resolve(pathInRoot.replaceFirst("^/+", ""));
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(base, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(base)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
