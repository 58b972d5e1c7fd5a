package org.budayang.driver.camerastream.gst;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.camerastream.CameraSettings;
import org.budayang.driver.camerastream.StreamCamera;

/**
 * The {@code camera-gst} driver: a real camera through GStreamer ({@code v4l2src}) run as a
 * {@code gst-launch-1.0} child process. Settings: {@code device} (default {@code /dev/video0}),
 * {@code pipeline-source} (a gst-launch source description used instead of v4l2src, e.g.
 * {@code videotestsrc is-live=true}), {@code gst-launch} (the program, default {@code gst-launch-1.0}) and the
 * {@link CameraSettings} keys.
 */
public final class GstCameraProvider implements DriverProvider {
    public static final String NAME = "camera-gst";
    public static final String DEVICE = "device";
    public static final String PIPELINE_SOURCE = "pipeline-source";
    public static final String GST_LAUNCH = "gst-launch";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<? extends Device> deviceType() {
        return Camera.class;
    }

    @Override
    public Set<String> settingKeys() {
        Set<String> keys = new TreeSet<>(CameraSettings.KEYS);
        keys.addAll(Set.of(DEVICE, PIPELINE_SOURCE, GST_LAUNCH));
        return keys;
    }

    @Override
    public String description() {
        return "camera through GStreamer (v4l2src on /dev/videoN, or a configured pipeline source), raw frames from"
                + " a gst-launch-1.0 process";
    }

    @Override
    public Device create(DriverContext context) {
        DriverSettings settings = context.settings().requireOnly(settingKeys());
        Path device = Path.of(settings.optionalString(DEVICE).orElse("/dev/video0"));
        Optional<String> source = settings.optionalString(PIPELINE_SOURCE);
        String program = settings.optionalString(GST_LAUNCH).orElse("gst-launch-1.0");
        CameraSettings camera = CameraSettings.from(settings);
        return new StreamCamera(context.role(), NAME, camera, new GstPipelineSource(program, device, source, camera),
                context.clock());
    }
}
