package org.budayang.driver.camerastream.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The demo's camera: keeps one scene in a folder that a {@code camera-images} camera plays, and switches the scene
 * on command so that a presenter can show the capture guidance (请靠近一点, 请只留一人在镜头前 …).
 *
 * <pre>
 *   java … org.budayang.driver.camerastream.emulator.CameraEmulatorMain FOLDER [SCENE]
 *   then type a scene per line: ready, no-face, two-faces, too-far, too-close, off-centre, dark, bright, blurred;
 *   "quit" (or end of input) ends it.
 * </pre>
 */
public final class CameraEmulatorMain {

    private CameraEmulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: CameraEmulatorMain FOLDER [SCENE]   scenes: " + labels());
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        CameraScenes.Scene first = CameraScenes.Scene.READY;
        if (args.length == 2) {
            Optional<CameraScenes.Scene> named = CameraScenes.Scene.byLabel(args[1]);
            if (named.isEmpty()) {
                System.err.println("unknown scene '" + args[1] + "'; scenes: " + labels());
                System.exit(2);
            }
            first = named.get();
        }
        show(folder, first);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null && !line.strip().equalsIgnoreCase("quit")) {
            if (line.isBlank()) {
                continue;
            }
            Optional<CameraScenes.Scene> scene = CameraScenes.Scene.byLabel(line);
            if (scene.isPresent()) {
                show(folder, scene.get());
            } else {
                System.out.println("unknown scene '" + line.strip() + "'; scenes: " + labels());
            }
        }
    }

    private static void show(Path folder, CameraScenes.Scene scene) throws IOException {
        CameraScenes.show(folder, scene);
        System.out.println("camera folder " + folder + " shows '" + scene.label() + "' (face check: "
                + scene.advice() + ", " + scene.advice().citizenText() + ")");
    }

    private static String labels() {
        StringJoiner labels = new StringJoiner(", ");
        for (CameraScenes.Scene scene : CameraScenes.Scene.values()) {
            labels.add(scene.label());
        }
        return labels.toString();
    }
}
