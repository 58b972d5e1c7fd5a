package org.budayang.kiosk.core.config;

/** The kiosk's visual theme; the citizen can switch on every screen, configuration picks the start theme. */
public enum Theme {
    /** The standard theme. */
    STANDARD("standard"),
    /** 长者模式: large type, high contrast, larger touch targets, fewer items per screen. */
    ELDER("elder");

    private final String configValue;

    Theme(String configValue) {
        this.configValue = configValue;
    }

    /** The value of {@code display.theme} that selects this theme. */
    public String configValue() {
        return configValue;
    }
}
