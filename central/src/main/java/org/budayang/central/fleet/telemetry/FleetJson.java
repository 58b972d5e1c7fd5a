package org.budayang.central.fleet.telemetry;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import java.io.IOException;
import org.budayang.api.json.ApiJson;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.JsonBody;

/**
 * Reads a fleet request body: when a record's constructor refuses a value, the 400 {@code INVALID_FIELD} names the
 * JSON path of the object refused (e.g. {@code devices[1]}) and the record's message (field, value, what is
 * accepted); every other problem is answered as {@link JsonBody} answers it.
 */
public final class FleetJson {
    private static final ObjectMapper MAPPER = ApiJson.mapper();

    private FleetJson() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        try {
            T value = MAPPER.readValue(ctx.bodyAsBytes(), type);
            if (value != null) {
                return value;
            }
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw new ApiException(400, "INVALID_FIELD", "The value at '" + path(e) + "' was refused: "
                        + refused.getMessage(), "提交的信息有误，请核对后重试。");
            }
        } catch (IOException | RuntimeException e) {
            // answered below by the platform's reader, which names the place of the problem
        }
        return JsonBody.read(ctx, type);
    }

    /** {@code devices[1]}, or {@code $} for the document itself. */
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
}
