package org.budayang.api.payments;

/** Validation helpers for the payment records; every message names the record, the field and the value. */
final class Payments {
    private Payments() {
    }

    static String text(String where, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " must not be blank");
        }
        return value.strip();
    }

    static <T> T present(String where, T value) {
        if (value == null) {
            throw new IllegalArgumentException(where + " is required");
        }
        return value;
    }
}
