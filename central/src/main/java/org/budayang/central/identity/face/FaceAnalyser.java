package org.budayang.central.identity.face;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.identity.FaceCheckDetail;
import org.budayang.api.identity.FaceCheckReason;

/**
 * The sandbox's 人证比对: checks that a live capture is fit to compare (brightness, face found, size,
 * position, contrast, sharpness), aligns the face and scores it against the registered photo. The
 * checks run in that order and the first that fails is the answer. Thread-safe.
 */
public final class FaceAnalyser {
    private static final double[] TURNS = {-4, 0, 4};
    private static final double[] SCALES = {0.93, 1.0, 1.07};
    private static final double[] SHIFTS = {-0.05, 0, 0.05};

    private final FaceSettings settings;
    private final FaceDetector detector = new FaceDetector();
    private final FaceAligner aligner = new FaceAligner();
    private final FaceComparator comparator = new FaceComparator();

    public FaceAnalyser(FaceSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Prepares a registered photo for comparison.
     *
     * @throws IllegalArgumentException when no face can be found in it (a broken register photo)
     */
    public RegisteredFace register(BufferedImage photo) {
        Frame frame = Frame.of(photo);
        FaceRegion region = detector.detect(frame).orElseThrow(() -> new IllegalArgumentException(
                "No face found in the " + photo.getWidth() + "x" + photo.getHeight() + " registered photo"));
        return new RegisteredFace(aligner.align(frame, region));
    }

    /** Compares a live capture with a registered face. */
    public FaceComparison compare(BufferedImage capture, RegisteredFace registered) {
        Objects.requireNonNull(registered, "registered");
        Frame frame = Frame.of(capture);
        double[] frameLuma = frame.lumaStats();
        if (frameLuma[0] < settings.minBrightness()) {
            return FaceComparison.lowQuality(FaceCheckDetail.TOO_DARK);
        }
        if (frameLuma[0] > settings.maxBrightness()) {
            return FaceComparison.lowQuality(FaceCheckDetail.TOO_BRIGHT);
        }
        Optional<FaceRegion> found = detector.detect(frame);
        if (found.isEmpty()) {
            return new FaceComparison(FaceCheckReason.NO_FACE, null, 0);
        }
        FaceRegion region = found.get();
        if (region.width() / frame.width() < settings.minFaceFraction()) {
            return FaceComparison.lowQuality(FaceCheckDetail.TOO_SMALL);
        }
        if (region.touchesBorder()
                || Math.abs(region.centreX() / frame.width() - 0.5) > settings.maxCentreOffset()
                || Math.abs(region.centreY() / frame.height() - 0.5) > settings.maxCentreOffset()) {
            return FaceComparison.lowQuality(FaceCheckDetail.OFF_CENTRE);
        }
        FaceTemplate live = aligner.align(frame, region);
        double[] faceLuma = FaceComparator.maskedStats(live);
        if (faceLuma[0] < settings.minBrightness()) {
            return FaceComparison.lowQuality(FaceCheckDetail.TOO_DARK);
        }
        if (FaceComparator.sharpness(live) < settings.minSharpness()) {
            return FaceComparison.lowQuality(FaceCheckDetail.BLURRED);
        }
        if (faceLuma[1] < settings.minContrast()) {
            return FaceComparison.lowQuality(FaceCheckDetail.LOW_CONTRAST);
        }
        double score = bestScore(frame, region, registered.template());
        return new FaceComparison(score >= settings.matchThreshold() ? FaceCheckReason.MATCH : FaceCheckReason.MISMATCH,
                null, score);
    }

    /**
     * The best score over small turns and scalings of the crop around the detected pose: the
     * detector's estimate of tilt and size is only good to a few degrees and per cent.
     */
    private double bestScore(Frame frame, FaceRegion region, FaceTemplate registered) {
        double best = 0;
        for (double turn : TURNS) {
            for (double scale : SCALES) {
                for (double shift : SHIFTS) {
                    FaceRegion candidate = new FaceRegion(region.centreX(), region.centreY(), region.width() * scale,
                            region.height() * scale, region.anchorX(), region.anchorY() + shift * region.width(),
                            region.tilt() + Math.toRadians(turn), region.touchesBorder());
                    best = Math.max(best, comparator.score(aligner.align(frame, candidate), registered));
                }
            }
        }
        return best;
    }
}
