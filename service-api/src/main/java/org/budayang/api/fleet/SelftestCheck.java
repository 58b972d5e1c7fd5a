package org.budayang.api.fleet;

import java.util.regex.Pattern;

/**
 * One device role's self-test in a {@link SelftestUpload}, as the technician's {@code selftest} ran it on site. No
 * personal data: a card read is reported by its masked number at most, never a name.
 *
 * @param role       the role's configuration key, e.g. {@code receiptPrinter} (1–32 letters)
 * @param driver     the driver that served it, e.g. {@code escpos} (1–32 of [a-z0-9-])
 * @param check      what was tried, e.g. {@code print a test receipt} (1–120 characters)
 * @param passed     whether it passed
 * @param code       {@code OK} on a pass, otherwise a stable upper-case failure code such as {@code PAPER_OUT}
 * @param identity   model, firmware or link as the driver reports it (0–200 characters)
 * @param detail     the technical detail, English (0–500 characters)
 * @param adviceZh   what to do about a failure, Chinese (0–300 characters; empty on a pass)
 * @param tookMillis how long the check took (0..10 minutes)
 */
public record SelftestCheck(String role, String driver, String check, boolean passed, String code, String identity,
                            String detail, String adviceZh, long tookMillis) {
    private static final Pattern ROLE = Pattern.compile("[a-zA-Z]{1,32}");
    private static final Pattern DRIVER = Pattern.compile("[a-z0-9-]{1,32}|\\?");

    public SelftestCheck {
        role = Check.text("SelftestCheck.role", role, 32, ROLE, "1-32 letters, e.g. receiptPrinter");
        driver = Check.text("SelftestCheck.driver", driver, 32, DRIVER, "a driver name such as escpos");
        check = Check.text("SelftestCheck.check", check, 120, null, "1-120 characters");
        code = Check.text("SelftestCheck.code", code, 32, Check.CODE, "an upper-case code such as OK or PAPER_OUT");
        if (passed != code.equals("OK")) {
            throw new IllegalArgumentException("SelftestCheck for " + role + ": passed=" + passed + " with code "
                    + code + "; a pass has code OK, a failure any other code");
        }
        identity = orEmpty(Check.optionalText("SelftestCheck.identity", identity, 200, null, "0-200 characters"));
        detail = orEmpty(Check.optionalText("SelftestCheck.detail", detail, 500, null, "0-500 characters"));
        adviceZh = orEmpty(Check.optionalText("SelftestCheck.adviceZh", adviceZh, 300, null, "0-300 characters"));
        Check.range("SelftestCheck.tookMillis", tookMillis, 0, 600_000);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
