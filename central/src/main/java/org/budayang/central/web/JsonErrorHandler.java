package org.budayang.central.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error page for what never reaches Javalin (a malformed request line, an undecodable
 * URI, oversized headers): the same JSON {@link ApiError} body as every other error, never
 * Jetty's HTML page, never a stack trace, and never the request's own text echoed back.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final String JSON = org.budayang.api.problem.Problem.MEDIA_TYPE;

    private final ObjectMapper mapper;

    JsonErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        int status = response.getStatus();
        response.resetBuffer();
        response.setContentType(JSON);
        response.setHeader(HttpHeader.CACHE_CONTROL.asString(), SecurityHeaders.DEFAULT_CACHE_CONTROL);
        for (Map.Entry<String, String> header : SecurityHeaders.ALL.entrySet()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        byte[] body = body(status);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON);
        fields.put(HttpHeader.CACHE_CONTROL, SecurityHeaders.DEFAULT_CACHE_CONTROL);
        for (Map.Entry<String, String> header : SecurityHeaders.ALL.entrySet()) {
            fields.put(new HttpField(header.getKey(), header.getValue()));
        }
        return ByteBuffer.wrap(body(status));
    }

    private byte[] body(int status) {
        try {
            return mapper.writeValueAsBytes(Problems.forStatus(status, null));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write the JSON error body for HTTP " + status, e);
        }
    }
}
