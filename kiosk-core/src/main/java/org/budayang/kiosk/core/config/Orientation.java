package org.budayang.kiosk.core.config;

/** How the kiosk's screen is mounted; each orientation has its own full-HD layout. */
public enum Orientation {
    PORTRAIT("portrait", 1080, 1920),
    LANDSCAPE("landscape", 1920, 1080);

    private final String configValue;
    private final int width;
    private final int height;

    Orientation(String configValue, int width, int height) {
        this.configValue = configValue;
        this.width = width;
        this.height = height;
    }

    /** The value of {@code display.orientation} that selects this orientation. */
    public String configValue() {
        return configValue;
    }

    /** The screen width in pixels. */
    public int width() {
        return width;
    }

    /** The screen height in pixels. */
    public int height() {
        return height;
    }
}
