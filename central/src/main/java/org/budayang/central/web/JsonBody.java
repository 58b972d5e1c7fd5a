package org.budayang.central.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.budayang.api.problem.Problem;

/**
 * Reads a handler's JSON request record with central's one Jackson configuration. Unreadable JSON
 * and a record constructor's refusal get the platform's precise 400 ({@code MALFORMED_JSON},
 * {@code INVALID_FIELD}, {@code INVALID_ID_NUMBER}, naming the place or the field, as
 * {@link CentralWeb} answers them for any handler); the JSON literal {@code null}, which Jackson reads
 * as no record at all (and on which Javalin's {@code ctx.bodyAsClass} fails with a
 * NullPointerException), is refused as well, so that no handler meets a null request.
 */
public final class JsonBody {
    private JsonBody() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        if (!(ctx.jsonMapper() instanceof JavalinJackson jackson)) {
            throw new IllegalStateException("JsonBody needs the JavalinJackson mapper that CentralWeb configures, not "
                    + ctx.jsonMapper().getClass().getSimpleName());
        }
        T body;
        try {
            body = jackson.getMapper().readValue(ctx.bodyAsBytes(), type);
        } catch (JsonProcessingException e) {
            Problem problem = JsonProblems.of(e, null);
            throw new ApiException(problem.status(), problem.code(), problem.detail(), problem.citizenMessage());
        } catch (IllegalArgumentException e) {
            throw refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the request body (" + type.getSimpleName() + ") failed", e);
        }
        if (body == null) {
            throw new ApiException(400, "INVALID_FIELD", "The request body is the JSON literal null; send a JSON "
                    + "object as described in the OpenAPI document (GET /api/v1/openapi.json).",
                    "提交的信息有误，请核对后重试。");
        }
        return body;
    }

    /**
     * The 400 for a value from the request (a path or query parameter, a field of a read body) that a record
     * constructor or parser refused: {@code INVALID_ID_NUMBER} (masked, with the citizen's message) or
     * {@code INVALID_FIELD} with the refusal's message. Only for refusals of the client's values: any other
     * IllegalArgumentException is a server fault and goes to the 500 incident handler.
     */
    public static ApiException refused(IllegalArgumentException e) {
        Problem problem = JsonProblems.of(e, null);
        return new ApiException(problem.status(), problem.code(), problem.detail(), problem.citizenMessage());
    }
}
