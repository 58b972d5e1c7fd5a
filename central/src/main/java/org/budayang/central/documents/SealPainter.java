package org.budayang.central.documents;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the demo e-seal as vector graphics: a red ring, a five-pointed star, the agency name along
 * the upper arc, "电子印章" under the star and "演示专用" (demo only) at the bottom, slightly
 * transparent so the text beneath stays legible. It is plainly a demonstration seal, not an
 * official one (GB/T 38540 e-seals are issued by a seal authority).
 */
final class SealPainter {
    static final Color SEAL_RED = new Color(0xD0, 0x1C, 0x1F);
    private static final float KAPPA = 0.552_284_75f;

    private SealPainter() {
    }

    static void draw(PDPageContentStream cs, PDFont font, float cx, float cy, float radius, String agency)
            throws IOException {
        cs.saveGraphicsState();
        PDExtendedGraphicsState alpha = new PDExtendedGraphicsState();
        alpha.setNonStrokingAlphaConstant(0.85f);
        alpha.setStrokingAlphaConstant(0.85f);
        cs.setGraphicsStateParameters(alpha);
        cs.setStrokingColor(SEAL_RED);
        cs.setNonStrokingColor(SEAL_RED);
        cs.setLineWidth(radius * 0.06f);
        circle(cs, cx, cy, radius * 0.96f);
        cs.stroke();
        cs.setLineWidth(radius * 0.015f);
        circle(cs, cx, cy, radius * 0.86f);
        cs.stroke();
        star(cs, cx, cy, radius * 0.22f);
        cs.fill();
        arcText(cs, font, cx, cy, radius * 0.66f, radius * 0.21f, agency);
        float caption = radius * 0.17f;
        String label = "电子印章";
        cs.beginText();
        cs.setFont(font, caption);
        cs.newLineAtOffset(cx - font.getStringWidth(label) / 1000f * caption / 2f, cy - radius * 0.52f);
        cs.showText(label);
        cs.endText();
        float demo = radius * 0.11f;
        String demoLabel = "演示专用";
        cs.beginText();
        cs.setFont(font, demo);
        cs.newLineAtOffset(cx - font.getStringWidth(demoLabel) / 1000f * demo / 2f, cy - radius * 0.72f);
        cs.showText(demoLabel);
        cs.endText();
        cs.restoreGraphicsState();
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = KAPPA * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    private static void star(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float inner = r * 0.382f;
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float len = i % 2 == 0 ? r : inner;
            float x = cx + (float) (Math.cos(angle) * len);
            float y = cy + (float) (Math.sin(angle) * len);
            if (i == 0) {
                cs.moveTo(x, y);
            } else {
                cs.lineTo(x, y);
            }
        }
        cs.closePath();
    }

    /** The agency name spread over the upper arc, each character upright towards the rim. */
    private static void arcText(PDPageContentStream cs, PDFont font, float cx, float cy, float r, float size,
                                String text) throws IOException {
        int[] chars = text.codePoints().toArray();
        int count = chars.length;
        // up to 250° of arc, centred on the top; fewer characters keep the same spacing per character
        double perChar = Math.min(Math.toRadians(250) / Math.max(1, count), Math.toRadians(30));
        double span = perChar * (count - 1);
        double start = Math.PI / 2 + span / 2;
        float fitted = (float) Math.min(size, perChar * r * 0.95);
        for (int i = 0; i < count; i++) {
            double angle = start - i * perChar;
            String glyph = new String(Character.toChars(chars[i]));
            float half = font.getStringWidth(glyph) / 1000f * fitted / 2f;
            double rotation = angle - Math.PI / 2;
            float x = cx + (float) (Math.cos(angle) * r) - (float) (Math.cos(rotation) * half);
            float y = cy + (float) (Math.sin(angle) * r) - (float) (Math.sin(rotation) * half);
            cs.beginText();
            cs.setFont(font, fitted);
            cs.setTextMatrix(Matrix.getRotateInstance(rotation, x, y));
            cs.showText(glyph);
            cs.endText();
        }
    }
}
