package org.budayang.kiosk.ui.input;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.budayang.kiosk.core.config.Theme;

/**
 * A stage that shows one editor (or panel) as the kiosk would: the kiosk's sheet and a theme sheet on the scene, the
 * kiosk's screen padding, 1080 px wide (portrait). FX thread only.
 */
final class InputStage {
    static final double WIDTH = 1080;
    private final Stage stage = new Stage();
    private final Scene scene;
    private final StackPane holder = new StackPane();

    InputStage(Theme theme, double height) {
        holder.getStyleClass().add("screen");
        scene = new Scene(holder, WIDTH, height);
        scene.getStylesheets().add(sheet("kiosk.css"));
        scene.getStylesheets().add(sheet(theme == Theme.ELDER ? "theme-elder.css" : "theme-standard.css"));
        stage.setScene(scene);
        stage.show();
    }

    private static String sheet(String name) {
        return InputStage.class.getResource("/org/budayang/kiosk/css/" + name).toExternalForm();
    }

    void show(Parent content) {
        holder.getChildren().setAll(content);
        StackPane.setAlignment(content, javafx.geometry.Pos.TOP_LEFT);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    void hide() {
        stage.hide();
    }

    /** Lays the scene out and writes it as PNG. */
    void writePng(Path file) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write screenshot " + file, e);
        }
    }
}
