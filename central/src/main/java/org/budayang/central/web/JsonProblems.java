package org.budayang.central.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.budayang.api.identity.IdNumber;
import org.budayang.api.problem.Problem;

/**
 * Turns Jackson's exceptions from {@code ctx.bodyAsClass(...)} and the records' own
 * {@link IllegalArgumentException}s into precise 400 problems: the JSON path of the field and what
 * it expects, or the line and column of a syntax error. Jackson's own messages are not echoed,
 * because they name Java types.
 */
final class JsonProblems {
    private static final String CITIZEN = "提交的信息有误，请核对后重试。";

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e, String instance) {
        // Jackson wraps syntax errors met while binding (e.g. an unterminated string) in a mapping exception
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return Problem.of(400, "MALFORMED_JSON", "The JSON body exceeds central's parser limits (nesting "
                        + "depth, number or string length); simplify the document.", CITIZEN, instance);
            }
            if (cause instanceof JsonParseException parse) {
                JsonLocation at = parse.getLocation();
                String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
                return Problem.of(400, "MALFORMED_JSON", "The request body is not valid JSON" + where
                        + "; send a JSON document encoded as UTF-8.", CITIZEN, instance);
            }
            if (cause instanceof IllegalArgumentException iae) {
                return of(iae, instance);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return Problem.of(400, "MALFORMED_JSON", "The request body could not be read as JSON.", CITIZEN, instance);
        }
        String path = path(mapping);
        if (mapping instanceof ValueInstantiationException && mapping.getCause() != null) {
            Throwable cause = mapping.getCause();
            return Problem.of(400, "INVALID_FIELD", "The value at '" + path + "' was refused: "
                    + safe(cause.getMessage()), CITIZEN, instance);
        }
        if (mapping instanceof MismatchedInputException mismatched) {
            if (mismatched.getPath().isEmpty() && mismatched.getMessage() != null
                    && mismatched.getMessage().startsWith("No content to map")) {
                return Problem.of(400, "MALFORMED_JSON", "The request body is empty; send a JSON document.",
                        CITIZEN, instance);
            }
            String expected = expected(mismatched.getTargetType());
            String got = mismatched instanceof InvalidFormatException invalid && invalid.getValue() != null
                    ? " (got a value that is not one)" : "";
            return Problem.of(400, "INVALID_FIELD", "The field '" + path + "' has the wrong type: expected "
                    + expected + got + ".", CITIZEN, instance);
        }
        return Problem.of(400, "INVALID_FIELD", "The field '" + path + "' could not be read; check its type and "
                + "value against the OpenAPI document (GET /api/v1/openapi.json).", CITIZEN, instance);
    }

    /** A record's constructor refused a value; its message names the field and the value. */
    static Problem of(IllegalArgumentException e, String instance) {
        if (e instanceof IdNumber.InvalidIdNumberException invalid) {
            return Problem.of(400, "INVALID_ID_NUMBER", safe(invalid.getMessage()) + "; send the 18-character "
                    + "number as printed on the ID card.", invalid.problem().citizenMessage(), instance);
        }
        return Problem.of(400, "INVALID_FIELD", safe(e.getMessage()), CITIZEN, instance);
    }

    /** {@code applicant.items[2].code}, or {@code $} for the document itself. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another JSON type";
        }
        if (type == String.class || type == Character.class || type == char.class
                || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time string";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "another JSON type";
    }

    /** A message fit for a body: never blank, never a Java type name. */
    static String safe(String message) {
        if (message == null || message.isBlank()) {
            return "A value was refused.";
        }
        String cleaned = message.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*", "<type>");
        return cleaned.length() > 500 ? cleaned.substring(0, 500) + "…" : cleaned;
    }
}
