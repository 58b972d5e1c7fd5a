package org.budayang.central.flows;

import java.util.regex.Pattern;

/**
 * Client-chosen identifiers (evaluation, help and transaction ids, failure and reason codes) as they may appear in a
 * log line: any run shaped like an ID number (6 + 8 + 3 digits and a check character) is masked the way
 * {@code IdNumber.mask} masks one, so a kiosk that puts an ID number into an id cannot leak it into the logs.
 */
final class LogSafe {
    private static final Pattern ID_SHAPED = Pattern.compile("([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])");

    private LogSafe() {
    }

    static String of(String clientValue) {
        return clientValue == null ? null : ID_SHAPED.matcher(clientValue).replaceAll("$1********$2");
    }
}
