package org.budayang.driver.cups;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;

/**
 * IPP over HTTP/1.1 (RFC 8010 4): each request is a POST of {@code application/ipp} to the queue's resource. A
 * refused connection means cupsd is not running: that is the lost link ({@link LinkLostException}). No answer
 * within the deadline, a cancel, or a broken answer is an {@link IppCallException}; the caller's cancel is
 * honoured within 20 ms while waiting ({@link HttpExchange}).
 */
final class IppClient {
    private final URI endpoint;
    private final int connectTimeoutMillis;
    private final AtomicInteger requestIds = new AtomicInteger(1);

    /** @param endpoint the HTTP URI of the queue, e.g. {@code http://localhost:631/printers/budayang-pdf} */
    IppClient(URI endpoint, Duration connectTimeout) {
        this.endpoint = endpoint;
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
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
        byte[] answer = HttpExchange.post(endpoint, connectTimeoutMillis, request.encode(), what, deadline, cancel);
        try {
            IppResponse response = IppResponse.decode(answer);
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

    static String operationName(int operation) {
        return switch (operation) {
            case Ipp.PRINT_JOB -> "Print-Job";
            case Ipp.CANCEL_JOB -> "Cancel-Job";
            case Ipp.GET_JOB_ATTRIBUTES -> "Get-Job-Attributes";
            case Ipp.GET_JOBS -> "Get-Jobs";
            case Ipp.GET_PRINTER_ATTRIBUTES -> "Get-Printer-Attributes";
            case Ipp.CUPS_ADD_MODIFY_PRINTER -> "CUPS-Add-Modify-Printer";
            default -> String.format("IPP operation 0x%04X", operation);
        };
    }
}
