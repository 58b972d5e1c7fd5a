package org.budayang.api.documents;

/** Shared checks of the documents records: each names the record field and the value. */
final class Texts {
    private Texts() {
    }

    /** A code-like text: 1..64 characters of letters, digits and '-'. */
    static String requireCode(String value, String field, String example) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required, e.g. " + example);
        }
        String stripped = value.strip();
        if (stripped.length() > 64 || !stripped.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException(field + " '" + shorten(stripped) + "' is not a code: expected 1 to 64 "
                    + "letters, digits or '-', e.g. " + example);
        }
        return stripped;
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static String shorten(String value) {
        return value.length() <= 70 ? value : value.substring(0, 67) + "...";
    }
}
