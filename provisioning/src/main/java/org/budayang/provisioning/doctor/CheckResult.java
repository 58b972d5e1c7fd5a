package org.budayang.provisioning.doctor;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one doctor check.
 *
 * @param check   the check's stable id, e.g. {@code cjk-font}
 * @param status  the verdict
 * @param message what it means for the kiosk, in Chinese, for the technician on site
 * @param detail  the technical facts behind it (commands run, paths, numbers), for whoever fixes it
 * @param fix     the command that fixes it, e.g. {@code apt-get install fonts-wqy-microhei}; {@code null}
 *                when no single command does (never for {@code OK})
 */
public record CheckResult(String check, CheckStatus status, String message, String detail, String fix) {

    public CheckResult {
        requireText("check", check);
        Objects.requireNonNull(status, "CheckResult.status is required");
        requireText("message", message);
        Objects.requireNonNull(detail, "CheckResult.detail is required (may be empty)");
        if (fix != null && fix.isBlank()) {
            throw new IllegalArgumentException("CheckResult.fix of check " + check
                    + " is blank; use null when there is no fix command");
        }
        if (status == CheckStatus.OK && fix != null) {
            throw new IllegalArgumentException("CheckResult of check " + check + " is OK but carries fix '" + fix
                    + "'; a passing check has nothing to fix");
        }
    }

    public static CheckResult ok(String check, String message, String detail) {
        return new CheckResult(check, CheckStatus.OK, message, detail, null);
    }

    public static CheckResult warn(String check, String message, String detail, String fix) {
        return new CheckResult(check, CheckStatus.WARN, message, detail, fix);
    }

    public static CheckResult fail(String check, String message, String detail, String fix) {
        return new CheckResult(check, CheckStatus.FAIL, message, detail, fix);
    }

    public Optional<String> fixCommand() {
        return Optional.ofNullable(fix);
    }

    private static void requireText(String field, String value) {
        Objects.requireNonNull(value, "CheckResult." + field + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("CheckResult." + field + " must not be blank");
        }
    }
}
