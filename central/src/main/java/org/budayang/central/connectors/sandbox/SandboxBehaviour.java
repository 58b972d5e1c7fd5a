package org.budayang.central.connectors.sandbox;

/**
 * A sandbox department's mode with its parameters.
 *
 * @param delayMillis  delay per call in SLOW mode, 1..60000 (0 in other modes)
 * @param failureRate  share of failing calls in FAILING mode, in (0, 1] (0 in other modes)
 */
public record SandboxBehaviour(SandboxMode mode, long delayMillis, double failureRate) {
    public static final SandboxBehaviour NORMAL = new SandboxBehaviour(SandboxMode.NORMAL, 0, 0);
    public static final long DEFAULT_DELAY_MILLIS = 3000;
    public static final double DEFAULT_FAILURE_RATE = 0.5;

    public SandboxBehaviour {
        if (mode == null) {
            throw new IllegalArgumentException("SandboxBehaviour.mode is required; accepted: "
                    + java.util.Arrays.toString(SandboxMode.values()));
        }
        if (mode == SandboxMode.SLOW && (delayMillis < 1 || delayMillis > 60_000)) {
            throw new IllegalArgumentException("SandboxBehaviour.delayMillis " + delayMillis
                    + " is out of range for SLOW; expected 1..60000");
        }
        if (mode == SandboxMode.FAILING && (!(failureRate > 0) || failureRate > 1)) {
            throw new IllegalArgumentException("SandboxBehaviour.failureRate " + failureRate
                    + " is out of range for FAILING; expected more than 0 and at most 1");
        }
        if (mode != SandboxMode.SLOW) {
            delayMillis = 0;
        }
        if (mode != SandboxMode.FAILING) {
            failureRate = 0;
        }
    }

    /** A behaviour from the mode and optional parameters (defaults: 3000 ms, rate 0.5). */
    public static SandboxBehaviour of(SandboxMode mode, Long delayMillis, Double failureRate) {
        return new SandboxBehaviour(mode, delayMillis == null ? DEFAULT_DELAY_MILLIS : delayMillis,
                failureRate == null ? DEFAULT_FAILURE_RATE : failureRate);
    }
}
