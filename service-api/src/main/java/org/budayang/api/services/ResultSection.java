package org.budayang.api.services;

import java.util.List;

/**
 * A section of a query result: a heading, label/value fields and/or a table.
 *
 * @param table may be null when the section has only fields
 */
public record ResultSection(String heading, List<ResultField> fields, ResultTable table) {
    public ResultSection {
        heading = Require.text("ResultSection.heading", heading);
        fields = Require.list("ResultSection.fields of '" + heading + "'", fields);
        if (fields.isEmpty() && table == null) {
            throw new IllegalArgumentException("ResultSection '" + heading + "' has neither fields nor a table");
        }
    }
}
