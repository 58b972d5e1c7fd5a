package org.budayang.kiosk.ui.tech;

/**
 * Where the 设备探测 page stands: {@link #READY} lists the ports the kiosk holds (本机已使用) and offers 开始探测;
 * {@link #PROBING} runs provisioning's probe off the FX thread; {@link #FOUND} shows the findings and, when there is
 * something to add, 应用并重启; {@link #APPLYING} writes the configuration; {@link #RESTARTING} is the end.
 */
public enum ProbePhase {
    READY,
    PROBING,
    FOUND,
    APPLYING,
    RESTARTING;

    /** Refuses {@code operation} unless the phase is one of {@code allowed}. */
    void require(String operation, ProbePhase... allowed) {
        for (ProbePhase phase : allowed) {
            if (phase == this) {
                return;
            }
        }
        throw new IllegalStateException("PROBE_PHASE: " + operation + " is not possible in phase " + this
                + " (allowed in " + java.util.Arrays.toString(allowed) + ")");
    }
}
