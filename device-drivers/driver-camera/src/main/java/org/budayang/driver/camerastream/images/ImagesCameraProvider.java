package org.budayang.driver.camerastream.images;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.budayang.driver.Device;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.camerastream.CameraSettings;
import org.budayang.driver.camerastream.StreamCamera;

/**
 * The {@code camera-images} driver: a folder of JPEG/PNG images played as the camera (demo, face-check tests).
 * Settings: {@code folder} (required) and the {@link CameraSettings} keys.
 */
public final class ImagesCameraProvider implements DriverProvider {
    public static final String NAME = "camera-images";
    public static final String FOLDER = "folder";

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
        keys.add(FOLDER);
        return keys;
    }

    @Override
    public String description() {
        return "camera simulated by a folder of JPEG/PNG images played as a stream (demo and tests)";
    }

    @Override
    public Device create(DriverContext context) {
        DriverSettings settings = context.settings().requireOnly(settingKeys());
        String folderText = settings.string(FOLDER);
        Path folder;
        try {
            folder = Path.of(folderText);
        } catch (InvalidPathException e) {
            throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID, context.role(), FOLDER,
                    folderText, "a folder path");
        }
        CameraSettings camera = CameraSettings.from(settings);
        return new StreamCamera(context.role(), NAME, camera, new ImageFolderSource(folder, camera), context.clock());
    }
}
