package org.budayang.central.identity.face;

import java.awt.Color;
import java.util.SplittableRandom;

/**
 * The drawn appearance of one sandbox person, derived only from their register photo seed: face
 * shape, skin tone, hair, eyes, brows, nose, mouth, ears and glasses. Lengths are in the pixels of
 * the 358×441 portrait frame ({@link PortraitGenerator#WIDTH} × {@link PortraitGenerator#HEIGHT}).
 *
 * <p>The hair and clothes palettes stay clear of the skin-colour range of {@link FaceDetector}
 * (a known weakness of colour segmentation: brown hair and wine-red shirts read as skin).
 *
 * <p>These are not biometric features of anyone: they are the synthetic sandbox's way of giving
 * each synthetic citizen a face that differs measurably from the others.
 */
record FaceFeatures(
        double faceHalfWidth, double faceHalfHeight, double chinSharpness,
        Color skin, Color hair, HairStyle hairStyle, double hairline,
        double eyeY, double eyeSpacing, double eyeWidth, double eyeHeight, Color iris,
        double browLift, double browThickness, double browTilt,
        double noseLength, double noseWidth,
        double mouthY, double mouthWidth, double lipThickness, double smile, Color lips,
        double earSize, Glasses glasses, Color glassesColour, Color clothes, boolean collar, double wrinkles) {

    enum HairStyle { SHORT, LONG, RECEDING, BUN, PARTED, CROPPED }

    enum Glasses { NONE, ROUND, RECTANGULAR }

    private static final Color[] HAIR = {
        new Color(20, 18, 18), new Color(36, 28, 24), new Color(56, 46, 42), new Color(72, 60, 54),
        new Color(128, 124, 120), new Color(176, 172, 168), new Color(222, 220, 214)
    };
    private static final Color[] IRIS = {new Color(35, 24, 18), new Color(58, 40, 26), new Color(24, 24, 30)};
    private static final Color[] CLOTHES = {
        new Color(28, 32, 48), new Color(40, 40, 40), new Color(70, 74, 84), new Color(22, 60, 98),
        new Color(30, 84, 96), new Color(34, 76, 54), new Color(236, 236, 232), new Color(120, 96, 150)
    };
    private static final Color[] FRAMES = {new Color(20, 20, 20), new Color(90, 60, 30), new Color(150, 150, 160)};

    /** The features of the person with this photo seed; the same seed always gives the same face. */
    static FaceFeatures fromSeed(long photoSeed) {
        SplittableRandom r = new SplittableRandom(photoSeed ^ 0x5DEECE66DL);
        double tone = r.nextDouble();
        double warmth = r.nextDouble(-1, 1);
        Color skin = new Color(
                clamp(236 - tone * 84 + warmth * 6),
                clamp(198 - tone * 92 - warmth * 4),
                clamp(168 - tone * 92 - warmth * 8));
        Color hair = HAIR[r.nextInt(HAIR.length)];
        HairStyle style = HairStyle.values()[r.nextInt(HairStyle.values().length)];
        Glasses glasses = r.nextDouble() < 0.35
                ? (r.nextBoolean() ? Glasses.ROUND : Glasses.RECTANGULAR) : Glasses.NONE;
        return new FaceFeatures(
                r.nextDouble(66, 92), r.nextDouble(94, 120), r.nextDouble(0, 1),
                skin, hair, style, r.nextDouble(0.25, 0.55),
                r.nextDouble(-0.18, 0.02), r.nextDouble(0.30, 0.46), r.nextDouble(15, 25), r.nextDouble(6, 11),
                IRIS[r.nextInt(IRIS.length)],
                r.nextDouble(12, 26), r.nextDouble(3, 9), r.nextDouble(-0.25, 0.25),
                r.nextDouble(0.28, 0.46), r.nextDouble(12, 26),
                r.nextDouble(0.50, 0.68), r.nextDouble(0.34, 0.58), r.nextDouble(4, 11), r.nextDouble(-6, 10),
                new Color(clamp(170 + r.nextDouble(-25, 25)), clamp(80 + r.nextDouble(-20, 25)),
                        clamp(84 + r.nextDouble(-20, 20))),
                r.nextDouble(0.8, 1.25), glasses, FRAMES[r.nextInt(FRAMES.length)],
                CLOTHES[r.nextInt(CLOTHES.length)], r.nextBoolean(), r.nextDouble(0, 1));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
