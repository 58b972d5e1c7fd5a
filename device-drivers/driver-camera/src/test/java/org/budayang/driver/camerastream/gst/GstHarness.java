package org.budayang.driver.camerastream.gst;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.budayang.driver.Device;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.testkit.ServiceHarness;

/**
 * The {@code camera-gst} driver running a real gst-launch-1.0 pipeline whose source is a network camera
 * ({@code tcpclientsrc ! multipartdemux ! jpegdec}) played by {@link MjpegCameraEmulator} on loopback. No byte link
 * of ours ({@link #hostOpener()} is null): the frames pass through GStreamer. Faults are the camera's:
 * unplug closes its sockets (the pipeline reaches end of stream and exits; reopening is refused), replug listens
 * again on the same port; silent stops the frames with the connection open; slow spaces the frames by the delay;
 * garbage sends one multipart part whose body is the bytes (a corrupt JPEG that jpegdec drops).
 */
final class GstHarness extends ServiceHarness {
    private final Path gstLaunch;
    private final MjpegCameraEmulator camera = new MjpegCameraEmulator(320, 240, 15);

    GstHarness() throws IOException {
        super("camera");
        gstLaunch = GstTool.require();
        camera.plug();
    }

    @Override
    public Device createDevice(LinkOpener opener) {
        return new GstCameraProvider().create(context(Map.of(
                "pipeline-source", "tcpclientsrc host=127.0.0.1 port=" + camera.port() + " ! multipartdemux ! jpegdec",
                "gst-launch", gstLaunch.toString(), "width", "320", "height", "240", "fps", "15",
                "frame-timeout", "3s")));
    }

    @Override
    public String operationName() {
        return "capture";
    }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return ((Camera) device).capture(deadline, cancel);
    }

    @Override
    public void unplug() {
        camera.unplug();
    }

    @Override
    public void replug() {
        try {
            camera.plug();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void garbage(byte[] bytes) {
        camera.garbage(bytes);
    }

    @Override
    public void silent(boolean silent) {
        camera.silent(silent);
    }

    @Override
    public void slow(Duration delay) {
        camera.slow(delay);
    }

    @Override
    public void close() {
        camera.close();
    }
}
