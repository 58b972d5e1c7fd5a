package org.budayang.kiosk.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** One-line descriptions of JSON problems for technicians' messages and log lines. */
final class JsonProblems {
    private JsonProblems() {
    }

    /** E.g. {@code invalid JSON at line 2, column 17 (catalog.items[0].basicCode): ...}. */
    static String describe(JsonProcessingException e) {
        StringBuilder text = new StringBuilder("invalid JSON");
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            text.append(" at line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            text.append(" (").append(mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1)).append(')');
        }
        String message = e.getOriginalMessage();
        if (message != null) {
            text.append(": ").append(message.replaceAll("\\s+", " ").strip());
        }
        return text.toString();
    }
}
