package org.budayang.kiosk.core.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A kiosk configuration file as {@link ConfigStore#read} found it: its values in file order and whether it is whole.
 *
 * @param path      the file
 * @param values    the key/value pairs in file order (empty when the file does not exist or cannot be read)
 * @param integrity whether the file is whole (see {@link Integrity})
 * @param detail    what was found, for technicians (e.g. a leftover temporary file)
 */
public record ConfigFile(Path path, Map<String, String> values, Integrity integrity, String detail) {

    /** How whole a configuration file is. */
    public enum Integrity {
        /** Written by {@link ConfigStore} (provision or the kiosk), and its end-of-file seal matches. */
        SEALED,
        /** Written by hand (no header): nothing to check it against. */
        HAND_WRITTEN,
        /**
         * Written by {@link ConfigStore}, then changed by hand (the seal no longer matches, or lines follow it); read
         * as it is.
         */
        EDITED,
        /** Written by {@link ConfigStore} but its end-of-file seal is missing: the write was cut (power loss, full disk). */
        HALF_WRITTEN,
        /** Not valid UTF-8, not a properties file, or not readable. */
        UNREADABLE,
        /** No such file (yet). */
        ABSENT;

        /** Whether the values can be trusted enough to use and to build on. */
        public boolean usable() {
            return this == SEALED || this == HAND_WRITTEN || this == EDITED;
        }
    }

    public ConfigFile {
        Objects.requireNonNull(path, "ConfigFile.path is required");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(integrity, "ConfigFile.integrity is required");
        Objects.requireNonNull(detail, "ConfigFile.detail is required (may be empty)");
    }
}
