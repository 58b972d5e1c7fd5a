package org.budayang.central;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file a launcher script reads to learn the port central bound: the port number and a line
 * break, written to a temporary file in the same directory and renamed into place, so a reader
 * never sees a half-written number.
 */
final class PortFile {
    private PortFile() {
    }

    static void write(Path file, int port) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(temp, port + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new CentralStartupException("Cannot write the port file " + target + " (" + e
                    + "). Give --port-file a path in a writable directory.", e);
        }
    }

    /** Removes the port file so that a launcher does not find a stale port; false if it was not there. */
    static boolean delete(Path file) throws IOException {
        return Files.deleteIfExists(file);
    }

    /** Removes a leftover temporary file after a failed write; the write's own error is what gets reported. */
    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException suppressed) {
                // the IOException of the failed write is reported; this one adds nothing for the operator
            }
        }
    }
}
