package org.budayang.kiosk.identity;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.camera.FaceQualityCheck;

/**
 * The identification devices beside the ID card reader (issue #6): the 社保卡 reader, the code scanner, the
 * camera and the face quality check that coaches the citizen in front of it.
 *
 * @param socialCards the 社保卡 reader ({@link SocialCardAccess#none()} when there is none)
 * @param scanner     the code scanner ({@link ScannerAccess#none()} when there is none)
 * @param camera      the camera ({@link CameraAccess#none()} when there is none)
 * @param faceCheck   the face quality check used on the camera's frames
 * @param cameraWork  scales preview frames and runs the face check (never the FX thread, never a driver thread)
 * @param fx          delivers preview images and advice (the FX thread)
 * @param ticker      the monotonic nanosecond time pacing the face screen's previews and checks
 *                    ({@code System::nanoTime}; tests pass a manual one)
 */
public record IdentityDevices(SocialCardAccess socialCards, ScannerAccess scanner, CameraAccess camera,
        FaceQualityCheck faceCheck, Executor cameraWork, Executor fx, LongSupplier ticker) {

    public IdentityDevices {
        Objects.requireNonNull(socialCards, "IdentityDevices.socialCards");
        Objects.requireNonNull(scanner, "IdentityDevices.scanner");
        Objects.requireNonNull(camera, "IdentityDevices.camera");
        Objects.requireNonNull(faceCheck, "IdentityDevices.faceCheck");
        Objects.requireNonNull(cameraWork, "IdentityDevices.cameraWork");
        Objects.requireNonNull(fx, "IdentityDevices.fx");
        Objects.requireNonNull(ticker, "IdentityDevices.ticker");
    }

    /** The devices paced by {@code System::nanoTime}. */
    public IdentityDevices(SocialCardAccess socialCards, ScannerAccess scanner, CameraAccess camera,
            FaceQualityCheck faceCheck, Executor cameraWork, Executor fx) {
        this(socialCards, scanner, camera, faceCheck, cameraWork, fx, System::nanoTime);
    }

    /**
     * The status each role serves with, for availability and the choice screen alike (one source of truth): the
     * device board's, except that a configured camera without a loaded face quality check ({@link #camera()} is
     * none) does not serve, with a detail naming the fix.
     *
     * @param board a role's live status, e.g. {@code deviceBoard::status}
     */
    public Function<DeviceRole, DeviceStatus> servingStatus(Function<DeviceRole, DeviceStatus> board) {
        Objects.requireNonNull(board, "board");
        boolean faceCapture = camera.camera().isPresent();
        return role -> {
            DeviceStatus status = board.apply(role);
            if (role != DeviceRole.CAMERA || faceCapture || status.health() == Health.NOT_CONFIGURED) {
                return status;
            }
            return DeviceStatus.notConfigured(status.at(), "face check unavailable: no FaceQualityCheck could be "
                    + "loaded, so the camera is not used for face capture (install the opencv-data package with the "
                    + "Haar cascades, see the kiosk log); the camera itself reports " + status.health());
        };
    }

    /**
     * A kiosk with none of them. Its face check is never asked: without a camera no frame arrives; asked anyway
     * it refuses, naming what is missing.
     */
    public static IdentityDevices none() {
        return new IdentityDevices(SocialCardAccess.none(), ScannerAccess.none(), CameraAccess.none(), frame -> {
            throw new IllegalStateException("IdentityDevices.none(): no camera is configured, so no face check "
                    + "runs; configure device.camera.driver");
        }, Runnable::run, Runnable::run);
    }
}
