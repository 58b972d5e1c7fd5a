package org.budayang.central.connectors.sandbox.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows to seed into one sandbox table, in insertion order. Cells are String, Integer, Long,
 * Boolean, LocalDate, LocalDateTime or null.
 */
public record SeedTable(String name, List<String> columns, List<List<Object>> rows) {
    public SeedTable {
        if (name == null || !name.matches("sb_(ps|tax|ss|mi)_[a-z_]+")) {
            throw new IllegalArgumentException("SeedTable.name '" + name + "' is not a sandbox table (sb_ps_, sb_tax_,"
                    + " sb_ss_ or sb_mi_)");
        }
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A table being filled. */
    static final class Builder {
        private final String name;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        Builder(String name, String... columns) {
            this.name = name;
            this.columns = List.of(columns);
        }

        void add(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(name + " row has " + cells.length + " cells; expected "
                        + columns.size() + " " + columns);
            }
            rows.add(java.util.Collections.unmodifiableList(java.util.Arrays.asList(cells.clone())));
        }

        SeedTable build() {
            return new SeedTable(name, columns, rows);
        }
    }
}
