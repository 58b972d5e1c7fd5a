package org.budayang.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.budayang.driver.camerastream.emulator.CameraScenes;
import org.budayang.driver.camerastream.emulator.CameraScenes.Scene;

/**
 * The camera: a camera-images folder that shows one scene at a time (a public-domain portrait framed well, too far,
 * too dark…), played by the real camera-images driver at 15 frames/s. The console switches the scene.
 */
final class CameraDevice implements DemoDevice {
    private final Path folder;
    private Scene showing;

    CameraDevice(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    @Override
    public String word() {
        return "camera";
    }

    @Override
    public String role() {
        return "camera";
    }

    @Override
    public String summary() {
        return "camera (camera-images playing " + folder + (showing == null ? ")"
                : ", now '" + showing.label() + "')");
    }

    @Override
    public String help() {
        return "commands:\n  SCENE            show a scene: " + labels() + "\n  scenes           list them with the"
                + " advice the face check gives\n  citizen N        demo citizen N (1-6, as on card N) in front of the"
                + " camera: the face central's 人证比对 matches";
    }

    @Override
    public void start() throws IOException {
        show(Scene.READY);
    }

    @Override
    public Map<String, String> kioskSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("driver", "camera-images");
        settings.put("folder", folder.toString());
        settings.put("width", Integer.toString(CameraScenes.WIDTH));
        settings.put("height", Integer.toString(CameraScenes.HEIGHT));
        settings.put("fps", "15");
        return settings;
    }

    @Override
    public void execute(String command, PrintWriter out) {
        String word = command.strip();
        if (word.equals("scenes") || word.equals("help")) {
            for (Scene scene : Scene.values()) {
                out.printf("  %-10s the face check says %s: %s%n", scene.label(), scene.advice(),
                        scene.advice().citizenText());
            }
            return;
        }
        if (word.startsWith("citizen")) {
            showCitizen(word.substring("citizen".length()).strip(), out);
            return;
        }
        Optional<Scene> scene = Scene.byLabel(word);
        if (scene.isEmpty()) {
            out.println("unknown scene '" + word + "'; scenes: " + labels());
            return;
        }
        try {
            show(scene.get());
        } catch (IOException cannot) {
            throw new UncheckedIOException("cannot write the scene into " + folder, cannot);
        }
        out.println("the camera shows '" + showing.label() + "' (face check: " + showing.advice() + ", "
                + showing.advice().citizenText() + ")");
    }

    private void showCitizen(String number, PrintWriter out) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < DemoFaces.FIRST || n > DemoFaces.LAST) {
            out.println("citizen needs a demo citizen's number " + DemoFaces.FIRST + "-" + DemoFaces.LAST + ", not '"
                    + number + "'");
            return;
        }
        try {
            DemoFaces.show(folder, n);
        } catch (IOException cannot) {
            throw new UncheckedIOException("cannot write the face of demo citizen " + n + " into " + folder, cannot);
        } catch (IllegalStateException none) {
            out.println(none.getMessage());
            return;
        }
        showing = null;
        out.println("the camera shows demo citizen " + n + " (a simulated live capture of the sandbox register's"
                + " photo: 人证比对 matches card " + n + ")");
    }

    private void show(Scene scene) throws IOException {
        CameraScenes.show(folder, scene);
        showing = scene;
    }

    private static String labels() {
        StringJoiner labels = new StringJoiner(", ");
        for (Scene scene : Scene.values()) {
            labels.add(scene.label());
        }
        return labels.toString();
    }

    @Override
    public void close() {
        // the folder stays: it is the demo's work directory, and the kiosk may still be reading it
    }
}
