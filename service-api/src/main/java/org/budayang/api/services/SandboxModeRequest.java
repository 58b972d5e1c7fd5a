package org.budayang.api.services;

/**
 * {@code PUT /sandbox/admin/departments/{department}/mode}: how a sandbox department system behaves.
 *
 * @param mode         NORMAL, SLOW, UNAVAILABLE or FAILING
 * @param delayMillis  extra delay per call for SLOW, 1..60000; null otherwise
 * @param failureRate  share of calls that fail for FAILING, in (0, 1]; null otherwise
 */
public record SandboxModeRequest(String mode, Long delayMillis, Double failureRate) {
    public SandboxModeRequest {
        mode = Require.text("SandboxModeRequest.mode", mode);
    }
}
