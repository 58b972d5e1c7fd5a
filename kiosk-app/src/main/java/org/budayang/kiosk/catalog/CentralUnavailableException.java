package org.budayang.kiosk.catalog;

import java.io.IOException;
import java.net.URI;

/**
 * Central could not give a usable answer. The message is for technicians: the URL tried, what
 * happened (connection refused, timed out, HTTP status, invalid JSON at a position) and what to check.
 * Citizens never see it; they see the 暂不可办 reason from the resource bundles.
 */
public class CentralUnavailableException extends IOException {
    private final transient URI url;
    private final String problem;

    public CentralUnavailableException(URI url, String problem, Throwable cause) {
        super("Central request " + url + " failed: " + problem, cause);
        this.url = url;
        this.problem = problem;
    }

    /** The URL that was tried. */
    public URI url() {
        return url;
    }

    /** What happened, without the URL, e.g. "HTTP 503 Service Unavailable". */
    public String problem() {
        return problem;
    }
}
