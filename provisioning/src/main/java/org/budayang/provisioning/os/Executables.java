package org.budayang.provisioning.os;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds programs the way a shell does: the first executable file of that name in the search directories. */
public final class Executables {
    private final List<Path> searchDirs;

    public Executables(List<Path> searchDirs) {
        this.searchDirs = List.copyOf(Objects.requireNonNull(searchDirs, "searchDirs"));
    }

    /**
     * The directories of a {@code PATH} value followed by {@code extraDirs} (e.g. {@code /usr/sbin} and
     * {@code /sbin}, where {@code ldconfig} lives but which a normal user's {@code PATH} often lacks).
     * Empty entries and entries that are not paths are skipped.
     *
     * @param path the {@code PATH} value; {@code null} is treated as empty
     */
    public static Executables fromPath(String path, List<Path> extraDirs) {
        List<Path> dirs = new ArrayList<>();
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    try {
                        dirs.add(Path.of(entry));
                    } catch (InvalidPathException notAPath) {
                        // a PATH entry that is no path cannot hold a program; a shell ignores it too
                    }
                }
            }
        }
        for (Path extra : extraDirs) {
            if (!dirs.contains(extra)) {
                dirs.add(extra);
            }
        }
        return new Executables(dirs);
    }

    /** The first executable regular file called {@code name} in the search directories. */
    public Optional<Path> find(String name) {
        for (Path dir : searchDirs) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public List<Path> searchDirs() {
        return searchDirs;
    }

    /** The search directories as a {@code PATH}-style string, for messages. */
    public String describe() {
        return String.join(File.pathSeparator, searchDirs.stream().map(Path::toString).toList());
    }
}
