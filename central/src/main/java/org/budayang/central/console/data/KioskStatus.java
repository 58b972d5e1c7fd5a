package org.budayang.central.console.data;

/** A kiosk's status as the console shows it. */
public enum KioskStatus {
    ONLINE("在线"),
    DEGRADED("部分故障"),
    OUT_OF_SERVICE("暂停服务"),
    OFFLINE("离线"),
    DISABLED("已停用"),
    /** The kiosk never sent a heartbeat: its status is not guessed. */
    UNKNOWN("暂无数据");

    private final String label;

    KioskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
