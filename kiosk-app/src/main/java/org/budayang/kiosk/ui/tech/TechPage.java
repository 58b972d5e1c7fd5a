package org.budayang.kiosk.ui.tech;

/**
 * Which page of the technician panel is shown: its main page, or one of the three pages under it (three levels at
 * most: 技术员面板 → 设备自检 / 设备探测 / 注册到中心).
 */
public enum TechPage {
    PANEL,
    ENROL,
    SELFTEST,
    PROBE
}
