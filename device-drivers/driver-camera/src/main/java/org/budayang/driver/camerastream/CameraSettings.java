package org.budayang.driver.camerastream;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.budayang.driver.DriverSettings;

/**
 * The settings every camera driver of this module shares: {@code width}, {@code height} (default 640×480),
 * {@code fps} (default 15), {@code jpeg-quality} (1–100, default 85) and {@code frame-timeout} (how long without a
 * frame before the camera counts as OFFLINE, and how long
 * {@code open} waits for the first frame; default 5s: some USB cameras take seconds to start streaming).
 */
public record CameraSettings(int width, int height, int fps, int jpegQuality, Duration frameTimeout) {

    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String FPS = "fps";
    public static final String JPEG_QUALITY = "jpeg-quality";
    public static final String FRAME_TIMEOUT = "frame-timeout";
    public static final Set<String> KEYS = Set.of(WIDTH, HEIGHT, FPS, JPEG_QUALITY, FRAME_TIMEOUT);

    public CameraSettings {
        if (width < 16 || width > 4096 || width % 2 != 0) {
            throw new IllegalArgumentException("CameraSettings.width must be an even number from 16 to 4096, got "
                    + width);
        }
        if (height < 16 || height > 4096 || height % 2 != 0) {
            throw new IllegalArgumentException("CameraSettings.height must be an even number from 16 to 4096, got "
                    + height);
        }
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("CameraSettings.fps must be from 1 to 60, got " + fps);
        }
        if (jpegQuality < 1 || jpegQuality > 100) {
            throw new IllegalArgumentException("CameraSettings.jpegQuality must be from 1 to 100, got " + jpegQuality);
        }
        Objects.requireNonNull(frameTimeout, "CameraSettings.frameTimeout is required");
        if (frameTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("CameraSettings.frameTimeout must be at least 100ms, got " + frameTimeout);
        }
    }

    /** Reads the shared keys (the caller has already refused unknown keys with {@link DriverSettings#requireOnly}). */
    public static CameraSettings from(DriverSettings settings) {
        int width = settings.optionalInteger(WIDTH, 16, 4096).orElse(640);
        int height = settings.optionalInteger(HEIGHT, 16, 4096).orElse(480);
        if (width % 2 != 0 || height % 2 != 0) {
            throw new org.budayang.driver.DriverConfigurationException(
                    org.budayang.driver.DriverConfigurationException.Reason.INVALID, settings.role(),
                    width % 2 != 0 ? WIDTH : HEIGHT, String.valueOf(width % 2 != 0 ? width : height),
                    "an even number of pixels from 16 to 4096");
        }
        return new CameraSettings(width, height, settings.optionalInteger(FPS, 1, 60).orElse(15),
                settings.optionalInteger(JPEG_QUALITY, 1, 100).orElse(85),
                settings.optionalDuration(FRAME_TIMEOUT, Duration.ofMillis(100), Duration.ofMinutes(1))
                        .orElse(Duration.ofSeconds(5)));
    }

    /** The time between two frames at the configured rate. */
    public Duration frameInterval() {
        return Duration.ofNanos(1_000_000_000L / fps);
    }

    /** Bytes of one raw BGRx frame. */
    public int frameBytes() {
        return width * height * 4;
    }

    @Override
    public String toString() {
        return width + "x" + height + "@" + fps + "fps jpeg-quality " + jpegQuality;
    }
}
