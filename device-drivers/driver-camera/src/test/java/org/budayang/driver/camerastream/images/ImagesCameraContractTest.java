package org.budayang.driver.camerastream.images;

import org.budayang.driver.testkit.DeviceContract;

/** camera-images passes the driver contract against a real folder (faults: see {@link ImagesHarness}). */
class ImagesCameraContractTest extends DeviceContract {

    @Override
    protected Harness createHarness() throws Exception {
        return new ImagesHarness();
    }
}
