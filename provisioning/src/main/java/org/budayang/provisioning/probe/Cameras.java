package org.budayang.provisioning.probe;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Video devices ({@code /dev/video*}) the camera-gst driver can capture from. */
public final class Cameras {
    private Cameras() {
    }

    /** The {@code video*} device files under {@code dev}, sorted. */
    public static List<String> list(Path dev) {
        List<String> cameras = new ArrayList<>();
        try (DirectoryStream<Path> videos = Files.newDirectoryStream(dev, "video*")) {
            videos.forEach(video -> cameras.add(video.toString()));
        } catch (IOException | SecurityException unreadable) {
            return List.of();
        }
        cameras.sort(null);
        return cameras;
    }
}
