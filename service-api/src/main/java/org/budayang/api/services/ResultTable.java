package org.budayang.api.services;

import java.util.ArrayList;
import java.util.List;

/** A table of a query result: a header row and rows with as many cells as the header. */
public record ResultTable(List<String> header, List<List<String>> rows) {
    public ResultTable {
        header = Require.list("ResultTable.header", header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("ResultTable.header must name at least one column");
        }
        Require.present("ResultTable.rows", rows);
        List<List<String>> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = List.copyOf(Require.present("ResultTable.rows[" + i + "]", rows.get(i)));
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("ResultTable row " + i + " has " + row.size()
                        + " cells; the header has " + header.size());
            }
            copy.add(row);
        }
        rows = List.copyOf(copy);
    }
}
