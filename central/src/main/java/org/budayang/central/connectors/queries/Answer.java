package org.budayang.central.connectors.queries;

import java.util.List;
import java.util.Objects;
import org.budayang.api.services.ResultSection;

/**
 * What a department answered for one item, before it becomes a kiosk {@code QueryResult} or a
 * certificate's {@code DocumentContent}.
 *
 * @param title      title of the result, e.g. 社会保险参保信息
 * @param holderName the citizen's name as the department holds it (null for items without a citizen)
 * @param sections   at least one
 */
public record Answer(String title, String holderName, List<ResultSection> sections) {
    public Answer {
        Objects.requireNonNull(title, "Answer.title");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("Answer '" + title + "' has no sections");
        }
    }
}
