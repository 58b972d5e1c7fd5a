package org.budayang.provisioning.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes small shell scripts that stand in for a machine's programs in a test's own PATH directory. */
public final class Scripts {
    /** A PATH for the scripts themselves, so they can call the basic tools. */
    public static final String SYSTEM_PATH = "/usr/bin:/bin";

    private Scripts() {
    }

    public static Path write(Path dir, String name, String body) throws IOException {
        Files.createDirectories(dir);
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
