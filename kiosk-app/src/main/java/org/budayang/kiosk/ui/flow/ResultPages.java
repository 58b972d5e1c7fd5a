package org.budayang.kiosk.ui.flow;

import java.util.ArrayList;
import java.util.List;
import org.budayang.api.services.QueryResult;
import org.budayang.api.services.ResultField;
import org.budayang.api.services.ResultSection;

/**
 * A query result cut into screen pages for large text: one section per page, a long table split into pages of
 * {@code rowsPerPage} rows (the header repeated, the fields on the first of them).
 */
final class ResultPages {
    /** One screen page. */
    record Page(String heading, List<ResultField> fields, List<String> header, List<List<String>> rows) {
    }

    private ResultPages() {
    }

    static List<Page> of(QueryResult result, int rowsPerPage) {
        if (rowsPerPage < 1) {
            throw new IllegalArgumentException("ResultPages.rowsPerPage must be at least 1, got " + rowsPerPage);
        }
        List<Page> pages = new ArrayList<>();
        for (ResultSection section : result.sections()) {
            if (section.table() == null || section.table().rows().size() <= rowsPerPage) {
                pages.add(new Page(section.heading(), section.fields(),
                        section.table() == null ? List.of() : section.table().header(),
                        section.table() == null ? List.of() : section.table().rows()));
                continue;
            }
            List<List<String>> rows = section.table().rows();
            for (int from = 0; from < rows.size(); from += rowsPerPage) {
                pages.add(new Page(section.heading(), from == 0 ? section.fields() : List.of(),
                        section.table().header(), rows.subList(from, Math.min(rows.size(), from + rowsPerPage))));
            }
        }
        return List.copyOf(pages);
    }
}
