package org.budayang.kiosk.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;

/**
 * A button whose content is a block of wrapping text (an item's name and status, a department
 * tile). A plain Button asks its graphic for a height without a width, which makes wrapping labels
 * report one character per line; this one gives the graphic its real width, for its height and its
 * layout.
 */
public final class BlockButton extends Button {
    public BlockButton(Node content) {
        setGraphic(content);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setFocusTraversable(false);
        setMnemonicParsing(false);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        Node content = getGraphic();
        double inner = width < 0 ? content.prefWidth(-1) : width - in.getLeft() - in.getRight();
        return in.getTop() + content.prefHeight(inner) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        Insets in = getInsets();
        getGraphic().resizeRelocate(in.getLeft(), in.getTop(), getWidth() - in.getLeft() - in.getRight(),
                getHeight() - in.getTop() - in.getBottom());
    }
}
