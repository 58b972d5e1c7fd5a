package org.budayang.provisioning.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How many bytes a directory's file system has left for this user. */
@FunctionalInterface
public interface UsableSpace {

    /** @param existingDirectory a directory that exists */
    long usableBytes(Path existingDirectory) throws IOException;

    /** The real answer: the directory's {@link java.nio.file.FileStore#getUsableSpace()}. */
    static UsableSpace ofFileStore() {
        return directory -> Files.getFileStore(directory).getUsableSpace();
    }
}
