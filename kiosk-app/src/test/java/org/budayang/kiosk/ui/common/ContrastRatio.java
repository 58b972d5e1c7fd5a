package org.budayang.kiosk.ui.common;

/** The WCAG 2.x contrast ratio of two sRGB colours written #RRGGBB. */
final class ContrastRatio {
    private ContrastRatio() {
    }

    static double of(String foreground, String background) {
        double l1 = luminance(foreground);
        double l2 = luminance(background);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** Relative luminance: 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels. */
    static double luminance(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour '" + hex + "' is not #RRGGBB");
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff)
                + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
