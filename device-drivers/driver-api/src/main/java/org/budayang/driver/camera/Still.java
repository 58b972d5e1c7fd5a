package org.budayang.driver.camera;

import java.time.Instant;
import java.util.Objects;

/** A captured still, JPEG-encoded. Never logged (it is a picture of a citizen). */
public record Still(byte[] jpeg, int width, int height, Instant at) {

    public Still {
        Objects.requireNonNull(jpeg, "Still.jpeg is required");
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("Still.jpeg is not a JPEG (no FF D8 start), " + jpeg.length + " bytes");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Still size must be positive, got " + width + "x" + height);
        }
        Objects.requireNonNull(at, "Still.at is required");
        jpeg = jpeg.clone();
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Still that && width == that.width && height == that.height && at.equals(that.at)
                && java.util.Arrays.equals(jpeg, that.jpeg);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, at, java.util.Arrays.hashCode(jpeg));
    }

    @Override
    public String toString() {
        return "Still[" + width + "x" + height + ", " + jpeg.length + " bytes at " + at + "]";
    }
}
