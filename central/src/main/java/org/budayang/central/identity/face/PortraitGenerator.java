package org.budayang.central.identity.face;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The sandbox 公安 register's photo of a person: a head-and-shoulders drawing on a plain white
 * background in ID-photo proportions (358×441, the 二代身份证 photo frame), drawn deterministically
 * from {@code RegisteredPerson.photoSeed}. Synthetic citizens get synthetic faces; no real photo is
 * involved anywhere in the sandbox.
 */
public final class PortraitGenerator {
    public static final int WIDTH = 358;
    public static final int HEIGHT = 441;
    private static final Color BACKGROUND = new Color(250, 250, 250);

    /** The register photo of the person with this seed (same seed, same pixels). */
    public BufferedImage portrait(long photoSeed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            FacePainter.paint(g, FaceFeatures.fromSeed(photoSeed));
        } finally {
            g.dispose();
        }
        return image;
    }
}
