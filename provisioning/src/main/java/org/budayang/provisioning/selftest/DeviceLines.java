package org.budayang.provisioning.selftest;

import java.util.Map;
import java.util.TreeMap;

/** Groups {@code device.<role>.<key>} lines by role. */
public final class DeviceLines {
    private DeviceLines() {
    }

    public static Map<String, Map<String, String>> byRole(Map<String, String> lines) {
        Map<String, Map<String, String>> byRole = new TreeMap<>();
        lines.forEach((key, value) -> {
            if (key.startsWith("device.")) {
                String rest = key.substring("device.".length());
                int dot = rest.indexOf('.');
                byRole.computeIfAbsent(dot < 0 ? rest : rest.substring(0, dot), r -> new TreeMap<>()).put(key, value);
            }
        });
        return byRole;
    }
}
