package org.budayang.driver.camerastream.gst;

import org.budayang.driver.testkit.DeviceContract;

/** camera-gst passes the driver contract through a real GStreamer pipeline (faults: see {@link GstHarness}). */
class GstCameraContractTest extends DeviceContract {

    @Override
    protected Harness createHarness() throws Exception {
        return new GstHarness();
    }
}
