package org.budayang.kiosk.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a freshly written configuration file the access of the one it replaces, so that a rewrite by
 * {@code budayang provision} (often run with sudo) or by the kiosk never widens or narrows who can read it:
 * the same permissions, group and, where the process may set it (root), owner. A file with no predecessor is
 * {@code rw-r-----}. On a file system without POSIX attributes nothing is changed.
 */
final class FileModes {
    private static final Logger LOG = LoggerFactory.getLogger(FileModes.class);
    static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r-----");

    private FileModes() {
    }

    /** Sets {@code written}'s permissions (and group/owner, where allowed) from {@code model}, or to rw-r-----. */
    static void likeOrPrivate(Path written, Path model) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(written, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (!Files.exists(model)) {
            view.setPermissions(NEW_FILE);
            return;
        }
        PosixFileAttributes was = Files.readAttributes(model, PosixFileAttributes.class);
        view.setPermissions(was.permissions());
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.group().equals(was.group())) {
                view.setGroup(was.group());
            }
            if (!now.owner().equals(was.owner())) {
                view.setOwner(was.owner());
            }
        } catch (IOException | SecurityException notAllowed) {
            LOG.warn("{} keeps owner {}:{} (the replaced file was {}:{}): {}", written.getFileName(),
                    now.owner().getName(), now.group().getName(), was.owner().getName(), was.group().getName(),
                    notAllowed.toString());
        }
    }
}
