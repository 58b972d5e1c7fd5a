package org.budayang.api;

/** The versioned HTTP paths of the kiosk-central contract. */
public final class ApiPaths {
    public static final String V1 = "/api/v1";
    public static final String CATALOG = V1 + "/catalog";
    public static final String HEALTH = "/health";

    private ApiPaths() {
    }
}
