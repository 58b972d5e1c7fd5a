package org.budayang.driver.cups;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;

/**
 * IPP over HTTP/1.1 (RFC 8010 4): each request is a POST of {@code application/ipp} to the queue's resource. A
 * refused connection means cupsd is not running: that is the lost link ({@link LinkLostException}). No answer
 * within the deadline, a cancel, or a broken answer is an {@link IppCallException}; the caller's cancel is
 * honoured within 20 ms while waiting.
 */
final class IppClient {
    private static final long SLICE_MILLIS = 20;

    private final URI endpoint;
    private final HttpClient http;
    private final AtomicInteger requestIds = new AtomicInteger(1);

    /** @param endpoint the HTTP URI of the queue, e.g. {@code http://localhost:631/printers/budayang-pdf} */
    IppClient(URI endpoint, Duration connectTimeout) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI endpoint() {
        return endpoint;
    }

    int nextRequestId() {
        return requestIds.getAndUpdate(id -> id == Integer.MAX_VALUE ? 1 : id + 1);
    }

    /** Sends {@code request} and decodes the answer; an IPP error status is returned, not thrown. */
    IppResponse call(IppRequest request, Deadline deadline, CancelToken cancel)
            throws LinkLostException, IppCallException {
        String what = operationName(request.operation()) + " to " + endpoint;
        if (cancel.isCancelled()) {
            throw new IppCallException(IppCallException.Kind.CANCELLED, what + ": cancelled before sending", null);
        }
        Duration left = deadline.remaining();
        if (left.isZero()) {
            throw new IppCallException(IppCallException.Kind.TIMED_OUT, what + ": no time left of "
                    + deadline.budget().toMillis() + " ms", null);
        }
        HttpRequest post = HttpRequest.newBuilder(endpoint).timeout(left)
                .header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.encode())).build();
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(post, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> answer = await(pending, what, deadline, cancel);
        if (answer.statusCode() != 200) {
            throw new IppCallException(IppCallException.Kind.BROKEN, what + ": HTTP status " + answer.statusCode()
                    + " instead of 200", null);
        }
        try {
            IppResponse response = IppResponse.decode(answer.body());
            if (response.requestId() != request.requestId()) {
                throw new IppCallException(IppCallException.Kind.BROKEN, what + ": answer for request id "
                        + response.requestId() + ", expected " + request.requestId(), null);
            }
            return response;
        } catch (IppFormatException malformed) {
            throw new IppCallException(IppCallException.Kind.BROKEN, what + ": malformed IPP answer ("
                    + malformed.getMessage() + ")", malformed);
        }
    }

    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> pending, String what,
                                       Deadline deadline, CancelToken cancel) throws LinkLostException, IppCallException {
        while (true) {
            if (cancel.isCancelled()) {
                pending.cancel(true);
                throw new IppCallException(IppCallException.Kind.CANCELLED, what + ": cancelled while waiting", null);
            }
            try {
                return pending.get(Math.max(1, Math.min(SLICE_MILLIS, deadline.remaining().toMillis())),
                        TimeUnit.MILLISECONDS);
            } catch (TimeoutException slice) {
                if (deadline.expired()) {
                    pending.cancel(true);
                    throw new IppCallException(IppCallException.Kind.TIMED_OUT, what + ": no answer within "
                            + deadline.budget().toMillis() + " ms", null);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                pending.cancel(true);
                throw new IppCallException(IppCallException.Kind.CANCELLED, what + ": interrupted", interrupted);
            } catch (ExecutionException failed) {
                throw translate(failed.getCause(), what);
            }
        }
    }

    private IppCallException translate(Throwable cause, String what) throws LinkLostException {
        if (cause instanceof ConnectException refused) {
            throw new LinkLostException(endpoint.toString(), "connection refused: cupsd is not running or not"
                    + " listening there (start cupsd, check host and port)", refused);
        }
        if (cause instanceof HttpTimeoutException timeout) {
            return new IppCallException(IppCallException.Kind.TIMED_OUT, what + ": " + timeout.getMessage(), timeout);
        }
        if (cause instanceof IOException io) {
            return new IppCallException(IppCallException.Kind.BROKEN, what + ": " + io, io);
        }
        return new IppCallException(IppCallException.Kind.BROKEN, what + ": " + cause, cause);
    }

    static String operationName(int operation) {
        return switch (operation) {
            case Ipp.PRINT_JOB -> "Print-Job";
            case Ipp.CANCEL_JOB -> "Cancel-Job";
            case Ipp.GET_JOB_ATTRIBUTES -> "Get-Job-Attributes";
            case Ipp.GET_JOBS -> "Get-Jobs";
            case Ipp.GET_PRINTER_ATTRIBUTES -> "Get-Printer-Attributes";
            default -> String.format("IPP operation 0x%04X", operation);
        };
    }
}
