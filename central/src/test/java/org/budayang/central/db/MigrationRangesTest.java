package org.budayang.central.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Flyway migration sits in its feature's version range, as {@link Database}'s javadoc lists them. */
class MigrationRangesTest {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z]+)_[a-z0-9_]+\\.sql");

    @Test
    void everyMigrationIsInItsFeaturesRange() throws Exception {
        List<String> misplaced = new ArrayList<>();
        List<String> names = migrations();
        for (String name : names) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                misplaced.add(name + " (not V<n>__<feature>_<what>.sql)");
                continue;
            }
            int version = Integer.parseInt(m.group(1));
            String owner = owner(version);
            String feature = m.group(2);
            boolean platformFile = owner.equals("platform") && (feature.equals("platform") || feature.equals("schema"));
            if (!platformFile && !feature.equals(owner)) {
                misplaced.add(name + " (V" + version + " belongs to " + owner + ")");
            }
        }
        assertTrue(names.size() >= 10, "the migrations were found: " + names);
        assertEquals(List.of(), misplaced);
    }

    private static String owner(int version) {
        if (version >= 1 && version <= 19) {
            return "platform";
        } else if (version >= 20 && version <= 39) {
            return "connectors";
        } else if (version >= 40 && version <= 49) {
            return "identity";
        } else if (version >= 60 && version <= 79) {
            return "documents";
        } else if (version >= 80 && version <= 89) {
            return "flows";
        } else if (version >= 90 && version <= 119) {
            return "fleet";
        } else if (version >= 120 && version <= 129) {
            return "console";
        } else if (version >= 130 && version <= 139) {
            return "payments";
        }
        return "nobody";
    }

    private static List<String> migrations() throws URISyntaxException, java.io.IOException {
        URL dir = MigrationRangesTest.class.getClassLoader().getResource("db/migration");
        assertTrue(dir != null && dir.getProtocol().equals("file"), "db/migration on the class path: " + dir);
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
