package org.budayang.central.connectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.javalin.http.Context;
import org.budayang.central.web.ApiException;

/** Reads request bodies with {@code ctx.bodyAsClass}; unreadable JSON or an invalid record answers 400 INVALID_BODY. */
public final class Bodies {
    private Bodies() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        try {
            T body = ctx.bodyAsClass(type);
            if (body == null) {
                throw invalid(type, "the body is empty or null");
            }
            return body;
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            throw invalid(type, reason(e));
        }
    }

    private static ApiException invalid(Class<?> type, String reason) {
        return new ApiException(400, "INVALID_BODY", "The body is not a valid " + type.getSimpleName() + ": " + reason
                + ". Send JSON as described in the OpenAPI document (GET /api/v1/openapi.json).",
                "提交的信息不完整或格式有误，请返回重新办理。");
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause.getCause() instanceof IllegalArgumentException) {
                return cause.getCause().getMessage();
            }
            cause = cause.getCause();
        }
        if (e instanceof JsonMappingException mapping) {
            String path = mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").reduce((a, b) -> a + "." + b).orElse("(root)");
            return "at " + path + ": " + firstLine(mapping.getOriginalMessage());
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return firstLine(json.getOriginalMessage());
        }
        return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
