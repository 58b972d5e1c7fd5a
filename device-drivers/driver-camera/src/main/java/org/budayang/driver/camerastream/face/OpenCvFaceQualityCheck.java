package org.budayang.driver.camerastream.face;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.FaceQualityCheck;
import org.budayang.driver.camera.Frame;
import org.opencv.core.Core;
import org.opencv.core.CvException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;

/**
 * The face quality check on OpenCV (openpnp build, natives inside the jar) with a Haar cascade from Debian's
 * {@code opencv-data} (decision 0008). Per frame: grey levels; detection on a copy scaled to at most 320 px wide
 * and histogram-equalised (so dim faces are still found); then, in this order, the count of faces, their size,
 * their position, the face box's mean luminance and its sharpness (variance of the Laplacian), against
 * {@link FaceThresholds}. Without any face the frame's own luminance tells "too dark / too bright" apart from "no
 * face". Calls are serialised (the classifier is not thread-safe); about 10–20 ms per 640×480 frame here.
 */
public final class OpenCvFaceQualityCheck implements FaceQualityCheck {
    /** Debian's {@code opencv-data} frontal face cascade. */
    public static final Path DEFAULT_CASCADE =
            Path.of("/usr/share/opencv4/haarcascades/haarcascade_frontalface_alt2.xml");
    private static final int DETECTION_WIDTH = 400;
    private static final int SHARPNESS_WIDTH = 160;

    private final CascadeClassifier classifier;
    private final FaceThresholds thresholds;

    private OpenCvFaceQualityCheck(CascadeClassifier classifier, FaceThresholds thresholds) {
        this.classifier = classifier;
        this.thresholds = thresholds;
    }

    /** The check with {@link #DEFAULT_CASCADE} and {@link FaceThresholds#TOLERANT}. */
    public static OpenCvFaceQualityCheck loadDefault() {
        return load(DEFAULT_CASCADE, FaceThresholds.TOLERANT);
    }

    /**
     * Loads the cascade.
     *
     * @throws FaceCheckUnavailableException when the file is missing or not a cascade, or OpenCV does not load
     */
    public static OpenCvFaceQualityCheck load(Path cascade, FaceThresholds thresholds) {
        Objects.requireNonNull(cascade, "cascade");
        Objects.requireNonNull(thresholds, "thresholds");
        if (!Files.isRegularFile(cascade)) {
            throw new FaceCheckUnavailableException("FACE_CASCADE_MISSING", "face cascade " + cascade
                    + " does not exist; install the Debian package opencv-data (apt-get install -y opencv-data) or"
                    + " configure the path of a Haar/LBP frontal face cascade", null);
        }
        OpenCvNatives.load();
        CascadeClassifier classifier;
        try {
            classifier = new CascadeClassifier(cascade.toString());
        } catch (CvException parse) {
            throw new FaceCheckUnavailableException("FACE_CASCADE_INVALID", "face cascade " + cascade
                    + " does not parse as an OpenCV cascade (" + parse.getMessage().strip() + "); reinstall the Debian"
                    + " package opencv-data (apt-get install --reinstall -y opencv-data)", parse);
        }
        if (classifier.empty()) {
            throw new FaceCheckUnavailableException("FACE_CASCADE_INVALID", "face cascade " + cascade
                    + " is not an OpenCV cascade OpenCV " + Core.VERSION + " can load; reinstall the Debian package"
                    + " opencv-data (apt-get install --reinstall -y opencv-data)", null);
        }
        return new OpenCvFaceQualityCheck(classifier, thresholds);
    }

    public FaceThresholds thresholds() {
        return thresholds;
    }

    @Override
    public CaptureAdvice assess(Frame frame) {
        return measure(frame).advice();
    }

    /** The advice with the figures behind it. */
    public synchronized FaceMeasurement measure(Frame frame) {
        Objects.requireNonNull(frame, "frame");
        Mat grey = grey(frame);
        try {
            Rect[] faces = detect(grey);
            if (faces.length == 0) {
                double luminance = Core.mean(grey).val[0];
                return new FaceMeasurement(lightAdvice(luminance, CaptureAdvice.NO_FACE), 0, 0, 0, luminance, 0,
                        FaceMeasurement.Box.NONE);
            }
            Rect face = faces[0];
            for (Rect candidate : faces) {
                if (candidate.width > face.width) {
                    face = candidate;
                }
            }
            int counted = 0;
            for (Rect candidate : faces) {
                if (candidate.width >= thresholds.otherFaceRatio() * face.width) {
                    counted++;
                }
            }
            double width = (double) face.width / frame.width();
            double offset = Math.max(Math.abs(face.x + face.width / 2.0 - frame.width() / 2.0) / frame.width(),
                    Math.abs(face.y + face.height / 2.0 - frame.height() / 2.0) / frame.height());
            Mat box = grey.submat(face);
            double luminance = Core.mean(box).val[0];
            double sharpness = sharpness(box);
            box.release();
            return new FaceMeasurement(advise(counted, width, offset, luminance, sharpness), counted, width, offset,
                    luminance, sharpness, new FaceMeasurement.Box(face.x, face.y, face.width, face.height));
        } finally {
            grey.release();
        }
    }

    private CaptureAdvice advise(int faces, double width, double offset, double luminance, double sharpness) {
        if (faces > 1) {
            return CaptureAdvice.SEVERAL_FACES;
        }
        if (width < thresholds.minFaceWidth()) {
            return CaptureAdvice.TOO_FAR;
        }
        if (width > thresholds.maxFaceWidth()) {
            return CaptureAdvice.TOO_CLOSE;
        }
        if (offset > thresholds.maxCentreOffset()) {
            return CaptureAdvice.OFF_CENTRE;
        }
        CaptureAdvice light = lightAdvice(luminance, CaptureAdvice.READY);
        if (light != CaptureAdvice.READY) {
            return light;
        }
        return sharpness < thresholds.minSharpness() ? CaptureAdvice.BLURRED : CaptureAdvice.READY;
    }

    private CaptureAdvice lightAdvice(double luminance, CaptureAdvice otherwise) {
        if (luminance < thresholds.minLuminance()) {
            return CaptureAdvice.TOO_DARK;
        }
        if (luminance > thresholds.maxLuminance()) {
            return CaptureAdvice.TOO_BRIGHT;
        }
        return otherwise;
    }

    /** Faces in full-frame coordinates. */
    private Rect[] detect(Mat grey) {
        double scale = Math.min(1.0, (double) DETECTION_WIDTH / grey.cols());
        Mat small = new Mat();
        MatOfRect found = new MatOfRect();
        try {
            Imgproc.resize(grey, small, new Size(Math.round(grey.cols() * scale), Math.round(grey.rows() * scale)), 0,
                    0, Imgproc.INTER_AREA);
            Imgproc.equalizeHist(small, small);
            int minimum = (int) Math.max(24, small.cols() * 0.05);
            classifier.detectMultiScale(small, found, 1.1, 4, 0, new Size(minimum, minimum), new Size());
            Rect[] faces = found.toArray();
            for (int i = 0; i < faces.length; i++) {
                Rect r = faces[i];
                int x = (int) Math.round(r.x / scale);
                int y = (int) Math.round(r.y / scale);
                faces[i] = new Rect(x, y, Math.min(grey.cols() - x, (int) Math.round(r.width / scale)),
                        Math.min(grey.rows() - y, (int) Math.round(r.height / scale)));
            }
            return faces;
        } finally {
            small.release();
            found.release();
        }
    }

    private static double sharpness(Mat face) {
        Mat scaled = new Mat();
        Mat laplacian = new Mat();
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble deviation = new MatOfDouble();
        try {
            double scale = (double) SHARPNESS_WIDTH / face.cols();
            Imgproc.resize(face, scaled, new Size(SHARPNESS_WIDTH, Math.max(1, Math.round(face.rows() * scale))), 0, 0,
                    scale < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
            // stretched to the full grey range first, so that a dim or washed-out face is not taken for a blurred one
            Core.normalize(scaled, scaled, 0, 255, Core.NORM_MINMAX);
            Imgproc.Laplacian(scaled, laplacian, CvType.CV_64F);
            Core.meanStdDev(laplacian, mean, deviation);
            double sigma = deviation.toArray()[0];
            return sigma * sigma;
        } finally {
            scaled.release();
            laplacian.release();
            mean.release();
            deviation.release();
        }
    }

    private static Mat grey(Frame frame) {
        int[] argb = frame.argb();
        byte[] levels = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            levels[i] = (byte) ((((p >> 16) & 0xFF) * 77 + ((p >> 8) & 0xFF) * 150 + (p & 0xFF) * 29) >> 8);
        }
        Mat grey = new Mat(frame.height(), frame.width(), CvType.CV_8UC1);
        grey.put(0, 0, levels);
        return grey;
    }
}
