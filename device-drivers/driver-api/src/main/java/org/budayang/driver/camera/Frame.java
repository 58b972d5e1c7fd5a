package org.budayang.driver.camera;

import java.time.Instant;
import java.util.Objects;

/**
 * One preview frame: packed ARGB pixels (alpha 0xFF), row by row from the top left, as JavaFX's
 * {@code PixelFormat.getIntArgbInstance()} and AWT's {@code TYPE_INT_RGB} take them. The array is shared, not
 * copied: a listener must not modify it. Never logged (it is a picture of a citizen).
 */
public record Frame(int width, int height, int[] argb, long sequence, Instant at) {

    public Frame {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Frame size must be positive, got " + width + "x" + height);
        }
        Objects.requireNonNull(argb, "Frame.argb is required");
        if (argb.length != width * height) {
            throw new IllegalArgumentException("Frame.argb: " + width + "x" + height + " needs " + width * height
                    + " pixels, got " + argb.length);
        }
        Objects.requireNonNull(at, "Frame.at is required");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame that && sequence == that.sequence && width == that.width
                && height == that.height && at.equals(that.at) && java.util.Arrays.equals(argb, that.argb);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, sequence, at);
    }

    @Override
    public String toString() {
        return "Frame[#" + sequence + " " + width + "x" + height + " at " + at + "]";
    }
}
