package org.budayang.api.services;

import java.time.Instant;
import java.util.List;
import org.budayang.api.catalog.Department;

/**
 * The answer to a {@link QueryRequest}: what the kiosk shows, in order.
 *
 * @param itemCode   the item's implementation code
 * @param department the department that answered
 * @param title      the title shown on top, e.g. 社会保险参保信息
 * @param sections   at least one section
 * @param answeredAt when the department answered
 */
public record QueryResult(String itemCode, Department department, String title, List<ResultSection> sections,
                          Instant answeredAt) {
    public QueryResult {
        itemCode = Require.text("QueryResult.itemCode", itemCode);
        Require.present("QueryResult.department", department);
        title = Require.text("QueryResult.title", title);
        sections = Require.list("QueryResult.sections", sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("QueryResult '" + title + "' has no sections");
        }
        Require.present("QueryResult.answeredAt", answeredAt);
    }
}
