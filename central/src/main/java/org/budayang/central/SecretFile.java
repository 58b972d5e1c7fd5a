package org.budayang.central;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file that holds a secret: readable by its owner only, never overwriting an existing one. */
final class SecretFile {
    private SecretFile() {
    }

    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new CentralStartupException("The file " + file.toAbsolutePath() + " already exists; a kiosk secret "
                    + "is never written over another one. Remove it or give another --out FILE.", e);
        } catch (IOException e) {
            throw new CentralStartupException("Cannot write the kiosk secret to " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ". Give a writable --out FILE.", e);
        }
    }
}
