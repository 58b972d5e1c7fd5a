package org.budayang.central.identity.face;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws a head and shoulders from {@link FaceFeatures} in the coordinates of the 358×441 portrait
 * frame; the caller's transform places it (the register photo uses none, a simulated camera
 * capture moves, scales and turns it).
 */
final class FacePainter {
    static final double CX = 179;
    static final double CY = 205;

    private FacePainter() {
    }

    static void paint(Graphics2D g, FaceFeatures f) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double w = f.faceHalfWidth();
        double h = f.faceHalfHeight();
        if (f.hairStyle() == FaceFeatures.HairStyle.LONG) {
            g.setColor(f.hair());
            g.fill(new RoundRectangle2D.Double(CX - w * 1.22, CY - h * 1.05, w * 2.44, h * 2.3, w, w));
        }
        paintBody(g, f, w, h);
        paintEars(g, f, w, h);
        Shape face = faceOutline(f, w, h);
        g.setPaint(new RadialGradientPaint((float) CX, (float) (CY - h * 0.1), (float) (Math.max(w, h) * 1.15),
                new float[] {0f, 0.7f, 1f}, new Color[] {lighter(f.skin(), 1.06), f.skin(), lighter(f.skin(), 0.84)}));
        g.fill(face);
        paintHair(g, f, w, h, face);
        paintWrinkles(g, f, w, h);
        double eyeY = CY + f.eyeY() * h;
        double eyeDx = (f.eyeSpacing() + 0.08) * w;
        for (int side = -1; side <= 1; side += 2) {
            paintEye(g, f, CX + side * eyeDx, eyeY);
            paintBrow(g, f, CX + side * eyeDx, eyeY - f.browLift(), side);
        }
        paintNose(g, f, eyeY, h);
        paintMouth(g, f, w, h);
        paintGlasses(g, f, eyeDx, eyeY);
    }

    private static void paintBody(Graphics2D g, FaceFeatures f, double w, double h) {
        g.setColor(f.clothes());
        g.fill(new Ellipse2D.Double(CX - 175, CY + h + 62, 350, 260));
        g.setColor(lighter(f.skin(), 0.86));
        double neckTop = CY + h * 0.55;
        g.fill(new Rectangle2D.Double(CX - w * 0.46, neckTop, w * 0.92, CY + h + 78 - neckTop));
        g.setColor(lighter(f.skin(), 0.78));
        g.fill(new Ellipse2D.Double(CX - w * 0.46, CY + h + 58, w * 0.92, 34));
        if (f.collar()) {
            g.setColor(new Color(240, 240, 236));
            for (int side = -1; side <= 1; side += 2) {
                Path2D.Double collar = new Path2D.Double();
                collar.moveTo(CX + side * w * 0.5, CY + h + 66);
                collar.lineTo(CX + side * 4, CY + h + 112);
                collar.lineTo(CX + side * w * 0.95, CY + h + 92);
                collar.closePath();
                g.fill(collar);
            }
        }
    }

    private static void paintEars(Graphics2D g, FaceFeatures f, double w, double h) {
        double ew = 15 * f.earSize();
        double eh = 32 * f.earSize();
        double ey = CY + f.eyeY() * h + 4;
        g.setColor(lighter(f.skin(), 0.92));
        g.fill(new Ellipse2D.Double(CX - w - ew * 0.6, ey - eh * 0.3, ew, eh));
        g.fill(new Ellipse2D.Double(CX + w - ew * 0.4, ey - eh * 0.3, ew, eh));
    }

    private static Shape faceOutline(FaceFeatures f, double w, double h) {
        GeneralPath p = new GeneralPath();
        p.moveTo(CX - w, CY);
        p.curveTo(CX - w, CY - h * 1.3, CX + w, CY - h * 1.3, CX + w, CY);
        double jaw = 0.35 + 0.5 * (1 - f.chinSharpness());
        p.curveTo(CX + w, CY + h * 0.6, CX + w * jaw, CY + h, CX, CY + h);
        p.curveTo(CX - w * jaw, CY + h, CX - w, CY + h * 0.6, CX - w, CY);
        p.closePath();
        return p;
    }

    private static void paintHair(Graphics2D g, FaceFeatures f, double w, double h, Shape face) {
        g.setColor(f.hair());
        double top = CY - h * 1.02;
        Area head = new Area(new Ellipse2D.Double(CX - w * 1.1, top - 14, w * 2.2, h * 1.5));
        double hairlineY = CY - h * f.hairline();
        switch (f.hairStyle()) {
            case RECEDING -> {
                head.subtract(new Area(new Ellipse2D.Double(CX - w * 0.78, top + 6, w * 1.56, h * 1.4)));
                head.subtract(new Area(new Rectangle2D.Double(CX - w * 1.2, CY + h * 0.02, w * 2.4, h)));
            }
            case CROPPED -> {
                head = new Area(new Ellipse2D.Double(CX - w * 1.02, top - 6, w * 2.04, h * 1.2));
                head.subtract(new Area(new Rectangle2D.Double(CX - w * 1.2, CY - h * 0.62, w * 2.4, h * 2)));
            }
            default -> {
                Area cut = new Area(new Ellipse2D.Double(CX - w * 0.9, hairlineY, w * 1.8, h * 2.2));
                head.subtract(cut);
                head.subtract(new Area(new Rectangle2D.Double(CX - w * 1.2, CY + h * 0.05, w * 2.4, h)));
                if (f.hairStyle() == FaceFeatures.HairStyle.PARTED) {
                    Path2D.Double fringe = new Path2D.Double();
                    fringe.moveTo(CX - w * 0.2, top);
                    fringe.quadTo(CX + w * 0.5, hairlineY - 6, CX + w * 0.95, hairlineY + h * 0.25);
                    fringe.lineTo(CX + w, top);
                    fringe.closePath();
                    head.add(new Area(fringe));
                }
            }
        }
        g.fill(head);
        if (f.hairStyle() == FaceFeatures.HairStyle.BUN) {
            g.fill(new Ellipse2D.Double(CX - w * 0.42, top - w * 0.6, w * 0.84, w * 0.7));
        }
    }

    private static void paintWrinkles(Graphics2D g, FaceFeatures f, double w, double h) {
        if (f.wrinkles() < 0.55) {
            return;
        }
        g.setColor(lighter(f.skin(), 0.8));
        g.setStroke(new BasicStroke(1.6f));
        int lines = f.wrinkles() > 0.8 ? 3 : 2;
        double y0 = CY - h * 0.42;
        for (int i = 0; i < lines; i++) {
            double y = y0 + i * 7;
            g.draw(new Line2D.Double(CX - w * 0.4, y, CX + w * 0.4, y - 1));
        }
        double mouthY = CY + f.mouthY() * h;
        g.draw(new Line2D.Double(CX - w * 0.3, mouthY - 26, CX - w * 0.4, mouthY + 4));
        g.draw(new Line2D.Double(CX + w * 0.3, mouthY - 26, CX + w * 0.4, mouthY + 4));
    }

    private static void paintEye(Graphics2D g, FaceFeatures f, double x, double y) {
        double ew = f.eyeWidth();
        double eh = f.eyeHeight();
        g.setColor(new Color(244, 242, 236));
        g.fill(new Ellipse2D.Double(x - ew, y - eh, ew * 2, eh * 2));
        double r = eh * 0.95;
        g.setColor(f.iris());
        g.fill(new Ellipse2D.Double(x - r, y - r, r * 2, r * 2));
        g.setColor(Color.BLACK);
        g.fill(new Ellipse2D.Double(x - r * 0.45, y - r * 0.45, r * 0.9, r * 0.9));
        g.setColor(new Color(30, 22, 20));
        g.setStroke(new BasicStroke(2.2f));
        g.draw(new java.awt.geom.Arc2D.Double(x - ew, y - eh, ew * 2, eh * 2, 0, 180, java.awt.geom.Arc2D.OPEN));
    }

    private static void paintBrow(Graphics2D g, FaceFeatures f, double x, double y, int side) {
        g.setColor(lighter(f.hair(), f.hair().getRed() > 150 ? 0.7 : 1.0));
        g.setStroke(new BasicStroke((float) f.browThickness(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double half = f.eyeWidth() * 1.15;
        double tilt = f.browTilt() * half;
        g.draw(new Line2D.Double(x - half, y + side * tilt, x + half, y - side * tilt));
    }

    private static void paintNose(Graphics2D g, FaceFeatures f, double eyeY, double h) {
        double tipY = eyeY + f.noseLength() * h * 1.2;
        double nw = f.noseWidth();
        g.setColor(lighter(f.skin(), 0.8));
        g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double bridge = new Path2D.Double();
        bridge.moveTo(CX - 3, eyeY + 8);
        bridge.quadTo(CX - nw * 0.35, tipY - 8, CX - nw * 0.6, tipY);
        g.draw(bridge);
        g.setColor(lighter(f.skin(), 0.55));
        g.fill(new Ellipse2D.Double(CX - nw * 0.55, tipY - 3, nw * 0.4, 6));
        g.fill(new Ellipse2D.Double(CX + nw * 0.15, tipY - 3, nw * 0.4, 6));
    }

    private static void paintMouth(Graphics2D g, FaceFeatures f, double w, double h) {
        double y = CY + f.mouthY() * h;
        double half = f.mouthWidth() * w;
        double lip = f.lipThickness();
        Path2D.Double mouth = new Path2D.Double();
        mouth.moveTo(CX - half, y - f.smile() * 0.3);
        mouth.quadTo(CX, y - lip, CX + half, y - f.smile() * 0.3);
        mouth.quadTo(CX, y + lip + f.smile(), CX - half, y - f.smile() * 0.3);
        mouth.closePath();
        g.setColor(f.lips());
        g.fill(mouth);
        g.setColor(lighter(f.lips(), 0.5));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new java.awt.geom.QuadCurve2D.Double(CX - half, y - f.smile() * 0.3, CX, y + f.smile() * 0.6,
                CX + half, y - f.smile() * 0.3));
    }

    private static void paintGlasses(Graphics2D g, FaceFeatures f, double eyeDx, double eyeY) {
        if (f.glasses() == FaceFeatures.Glasses.NONE) {
            return;
        }
        g.setColor(f.glassesColour());
        g.setStroke(new BasicStroke(3.2f));
        double rw = f.eyeWidth() * 1.55;
        double rh = f.eyeHeight() * 2.4;
        for (int side = -1; side <= 1; side += 2) {
            double x = CX + side * eyeDx;
            Shape lens = f.glasses() == FaceFeatures.Glasses.ROUND
                    ? new Ellipse2D.Double(x - rw, eyeY - rh, rw * 2, rh * 2)
                    : new RoundRectangle2D.Double(x - rw, eyeY - rh * 0.8, rw * 2, rh * 1.6, 8, 8);
            g.draw(lens);
        }
        g.draw(new Line2D.Double(CX - eyeDx + rw, eyeY - 2, CX + eyeDx - rw, eyeY - 2));
    }

    static Color lighter(Color c, double factor) {
        return new Color(channel(c.getRed() * factor), channel(c.getGreen() * factor), channel(c.getBlue() * factor));
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
