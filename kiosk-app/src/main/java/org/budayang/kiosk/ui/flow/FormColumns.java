package org.budayang.kiosk.ui.flow;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The inputs of a CHOOSE or FILL step, side by side when the screen is wide enough (landscape 1920×1080: a choice,
 * a date, the pinyin keyboard next to each other, so the keyboard and 下一步 are on screen without scrolling), else
 * one under the other (portrait). A column is at least as wide as its input needs (and {@link #MIN_COLUMN}); the
 * spare width is shared out in proportion to what each would like (up to {@link #MAX_COLUMN}).
 */
final class FormColumns extends Pane {
    static final double MIN_COLUMN = 420;
    static final double MAX_COLUMN = 760;
    static final double GAP = 24;

    FormColumns(List<? extends Node> inputs) {
        getStyleClass().add("flow-form");
        getChildren().addAll(inputs);
    }

    /**
     * The width each column gets at {@code width}: its minimum plus a share of the spare width in proportion to
     * what it would like; null when the minima do not fit side by side (the inputs go one under the other).
     */
    private double[] columns(double width) {
        List<Node> inputs = getManagedChildren();
        int n = inputs.size();
        if (n < 2) {
            return null;
        }
        double[] min = new double[n];
        double[] wants = new double[n];
        double minSum = 0;
        double wantSum = 0;
        for (int i = 0; i < n; i++) {
            min[i] = Math.max(MIN_COLUMN, inputs.get(i).minWidth(-1));
            wants[i] = Math.max(min[i], Math.min(MAX_COLUMN, inputs.get(i).prefWidth(-1)));
            minSum += min[i];
            wantSum += wants[i];
        }
        double free = width - snappedLeftInset() - snappedRightInset() - GAP * (n - 1);
        if (minSum > free) {
            return null;
        }
        double[] columns = new double[n];
        for (int i = 0; i < n; i++) {
            columns[i] = Math.floor(min[i] + (free - minSum) * wants[i] / wantSum);
        }
        return columns;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double[] columns = width < 0 ? null : columns(width);
        List<Node> inputs = getManagedChildren();
        double height = 0;
        for (int i = 0; i < inputs.size(); i++) {
            double h = inputs.get(i).prefHeight(columns == null ? inner(width) : columns[i]);
            height = columns == null ? height + h + (i > 0 ? GAP : 0) : Math.max(height, h);
        }
        return in.getTop() + height + in.getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = 0;
        for (Node input : getManagedChildren()) {
            width = Math.max(width, input.prefWidth(-1));
        }
        return snappedLeftInset() + width + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + MIN_COLUMN + snappedRightInset();
    }

    private double inner(double width) {
        return width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double[] columns = columns(getWidth());
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = inner(getWidth());
        List<Node> inputs = getManagedChildren();
        for (int i = 0; i < inputs.size(); i++) {
            Node input = inputs.get(i);
            if (columns == null) {
                double h = input.prefHeight(inner);
                input.resizeRelocate(x, y, inner, h);
                y += h + GAP;
            } else {
                input.resizeRelocate(x, y, columns[i], input.prefHeight(columns[i]));
                x += columns[i] + GAP;
            }
        }
    }
}
