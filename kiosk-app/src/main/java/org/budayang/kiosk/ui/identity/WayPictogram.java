package org.budayang.kiosk.ui.identity;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.budayang.kiosk.identity.IdentificationWay;

/** The pictogram of an identification way, drawn with shapes (no font glyph needed): a card, a chip card, a QR. */
final class WayPictogram {
    private WayPictogram() {
    }

    /** The pictogram scaled by {@code factor}, in a group whose bounds include the scale (for layout). */
    static Node large(IdentificationWay way, double factor) {
        Node drawn = of(way);
        drawn.setScaleX(factor);
        drawn.setScaleY(factor);
        return new Group(drawn);
    }

    static Node of(IdentificationWay way) {
        Group g = new Group();
        g.getStyleClass().add("way-pictogram");
        switch (way) {
            case ID_CARD -> {
                g.getChildren().add(card());
                Circle head = new Circle(30, 34, 9);
                Rectangle body = new Rectangle(17, 46, 26, 14);
                body.setArcWidth(12);
                body.setArcHeight(12);
                head.getStyleClass().add("pictogram-fill");
                body.getStyleClass().add("pictogram-fill");
                g.getChildren().addAll(head, body, line(52, 32, 90), line(52, 44, 84), line(52, 56, 76));
            }
            case SOCIAL_CARD -> {
                g.getChildren().add(card());
                Rectangle chip = new Rectangle(16, 28, 24, 20);
                chip.setArcWidth(6);
                chip.setArcHeight(6);
                chip.getStyleClass().add("pictogram-fill");
                g.getChildren().addAll(chip, line(52, 32, 90), line(52, 44, 84), line(16, 62, 90));
            }
            case EC_TOKEN -> {
                Rectangle phone = new Rectangle(28, 0, 50, 80);
                phone.setArcWidth(12);
                phone.setArcHeight(12);
                phone.getStyleClass().add("pictogram-outline");
                g.getChildren().add(phone);
                boolean[] on = {true, false, true, false, true, true, true, false, true};
                for (int i = 0; i < 9; i++) {
                    if (on[i]) {
                        Rectangle cell = new Rectangle(36 + (i % 3) * 12, 18 + (i / 3) * 12, 10, 10);
                        cell.getStyleClass().add("pictogram-fill");
                        g.getChildren().add(cell);
                    }
                }
            }
        }
        return g;
    }

    private static Rectangle card() {
        Rectangle card = new Rectangle(0, 10, 104, 66);
        card.setArcWidth(14);
        card.setArcHeight(14);
        card.getStyleClass().add("pictogram-outline");
        return card;
    }

    private static Line line(double x, double y, double toX) {
        Line l = new Line(x, y, toX, y);
        l.getStyleClass().add("pictogram-line");
        return l;
    }
}
