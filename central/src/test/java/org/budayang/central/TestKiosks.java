package org.budayang.central;

import org.budayang.api.ApiHeaders;

/**
 * The kiosks of the tests: two kiosks with client certificates of the test kiosk CA, recorded as enrolled in
 * every test central ({@link TestFleet#registerTestKiosks}). {@link #auth()} names the first one with the
 * {@code X-Budayang-Kiosk} header, which central ignores: the test clients ({@link Http}, the features'
 * {@code KioskHttp}) read it and send the request as that kiosk over mutual TLS to the central's TLS port
 * (decision 0014).
 */
public final class TestKiosks {
    public static final String KIOSK = "KSK-620102000000-0001";
    public static final String OTHER_KIOSK = "KSK-620102000000-0002";

    private TestKiosks() {
    }

    /** Sends the request as the first test kiosk (mutual TLS). */
    public static String[] auth() {
        return new String[] {ApiHeaders.KIOSK_ID, KIOSK};
    }

    /** As {@link #auth()} plus an idempotency key, for POST/PUT/DELETE. */
    public static String[] authWithKey(String key) {
        return new String[] {ApiHeaders.KIOSK_ID, KIOSK, ApiHeaders.IDEMPOTENCY_KEY, key};
    }

    /** As {@link #authWithKey(String)} for the other test kiosk. */
    public static String[] otherWithKey(String key) {
        return new String[] {ApiHeaders.KIOSK_ID, OTHER_KIOSK, ApiHeaders.IDEMPOTENCY_KEY, key};
    }
}
