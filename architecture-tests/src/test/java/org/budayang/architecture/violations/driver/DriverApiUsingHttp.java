package org.budayang.architecture.violations.driver;

import java.net.http.HttpClient;

/** Violates "driver-api has no HTTP". */
public final class DriverApiUsingHttp {
    private final HttpClient client = HttpClient.newHttpClient();

    public HttpClient client() {
        return client;
    }
}
