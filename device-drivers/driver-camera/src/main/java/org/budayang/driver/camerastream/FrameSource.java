package org.budayang.driver.camerastream;

import java.util.Optional;

/**
 * Where a {@link StreamCamera}'s frames come from: a GStreamer pipeline reading a camera, or a folder of images.
 * One reader thread calls {@link #next()} in a loop between {@link #start()} and {@link #stop()}.
 */
public interface FrameSource {

    /** For technicians: what is read, e.g. {@code gst-launch-1.0 v4l2src device=/dev/video0 640x480@15fps}. */
    String describe();

    /** Starts producing frames; fails with the health to report when the device is missing or busy. */
    void start() throws SourceFailure;

    /**
     * Blocks until the next frame (packed ARGB, width × height, a fresh array each time). A source that has
     * nothing to show yet keeps blocking (the camera notices the silence by its frame timeout).
     *
     * @throws SourceFailure        when the source ended or failed (device gone, pipeline error)
     * @throws InterruptedException when {@link #stop()} or the camera interrupts the reader
     */
    int[] next() throws SourceFailure, InterruptedException;

    /**
     * Why frames are not coming although the device is there, if the source knows (e.g. every image in the folder
     * is corrupt); the camera then answers {@code DeviceError("NO_FRAME")} instead of a plain timeout.
     */
    default Optional<String> problem() {
        return Optional.empty();
    }

    /** Stops producing and releases the device; idempotent, never throws. */
    void stop();
}
