package org.budayang.provisioning.selftest;

import java.time.Duration;
import java.util.Objects;

/**
 * One role's self-test: what was done, the verdict, what the device said about itself, and for a failure a stable
 * code and what to do (Chinese for the technician's screen, English alongside). Never personal data: a card read is
 * reported by its masked number only.
 *
 * @param role     the role, e.g. {@code receiptPrinter}
 * @param driver   the driver serving it
 * @param check    what was tried, e.g. {@code print a test receipt}
 * @param verdict  pass or fail
 * @param code     {@code OK} or a stable upper-case failure code (e.g. {@code OFFLINE}, {@code PAPER_OUT})
 * @param identity model, firmware, SAM id or link as the driver reports it (may be empty)
 * @param detail   the technical detail (English)
 * @param adviceZh what to do, in Chinese (empty on a pass)
 * @param adviceEn what to do, in English (empty on a pass)
 * @param took     how long the check took
 */
public record RoleResult(String role, String driver, String check, Verdict verdict, String code, String identity,
                         String detail, String adviceZh, String adviceEn, Duration took) {
    public RoleResult {
        Objects.requireNonNull(role, "RoleResult.role is required");
        Objects.requireNonNull(driver, "RoleResult.driver is required");
        Objects.requireNonNull(check, "RoleResult.check is required");
        Objects.requireNonNull(verdict, "RoleResult.verdict is required");
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("RoleResult.code must be an upper-case code, got '" + code + "'");
        }
        if ((verdict == Verdict.PASS) != code.equals("OK")) {
            throw new IllegalArgumentException("RoleResult for " + role + ": verdict " + verdict + " with code " + code
                    + " (a pass has code OK, a failure any other code)");
        }
        Objects.requireNonNull(identity, "RoleResult.identity is required (may be empty)");
        Objects.requireNonNull(detail, "RoleResult.detail is required (may be empty)");
        Objects.requireNonNull(adviceZh, "RoleResult.adviceZh is required (may be empty)");
        Objects.requireNonNull(adviceEn, "RoleResult.adviceEn is required (may be empty)");
        Objects.requireNonNull(took, "RoleResult.took is required");
    }
}
