package org.budayang.driver.camerastream.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.budayang.driver.Health;
import org.budayang.driver.camerastream.CameraSettings;
import org.budayang.driver.camerastream.FrameSource;
import org.budayang.driver.camerastream.SourceFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of JPEG/PNG images played as a camera stream at the configured rate, in file-name order, round and
 * round; each image is cropped to the frame's aspect ratio and scaled to the configured size (decoded images are
 * cached by file, size and modification time). The folder is read again at every frame, so images added, removed
 * or replaced show at once. Faults are the folder's: missing → OFFLINE naming the path; present but empty → no
 * frames (the camera notices by its frame timeout); an image that does not decode is skipped and logged once, and
 * a folder where none decodes is reported as a {@link #problem()}.
 */
public final class ImageFolderSource implements FrameSource {
    private static final Logger LOG = LoggerFactory.getLogger(ImageFolderSource.class);

    private record Decoded(long modified, long size, int[] argb) {
    }

    private final Path folder;
    private final CameraSettings settings;
    private final Map<Path, Decoded> cache = new HashMap<>();
    private final Set<String> reportedBad = new HashSet<>();
    private volatile boolean stopped = true;
    private volatile String problem;
    private long nextDue;
    private long shown;

    public ImageFolderSource(Path folder, CameraSettings settings) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String describe() {
        return "image folder " + folder + " " + settings.width() + "x" + settings.height() + "@" + settings.fps()
                + "fps";
    }

    @Override
    public void start() throws SourceFailure {
        requireFolder("does not exist");
        cache.clear();
        stopped = false;
        nextDue = System.nanoTime();
    }

    @Override
    public int[] next() throws SourceFailure, InterruptedException {
        long interval = settings.frameInterval().toNanos();
        while (true) {
            if (stopped) {
                throw new InterruptedException("image folder source stopped");
            }
            long wait = nextDue - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long now = System.nanoTime();
            nextDue = nextDue + interval - now < 0 ? now + interval : nextDue + interval;
            requireFolder("disappeared (removed or unmounted)");
            int[] frame = pick();
            if (frame != null) {
                return frame;
            }
        }
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public void stop() {
        stopped = true;
    }

    private void requireFolder(String what) throws SourceFailure {
        if (!Files.isDirectory(folder)) {
            throw new SourceFailure(Health.OFFLINE, "image folder " + folder + " " + what
                    + "; check the camera-images setting 'folder'");
        }
    }

    /** The next image that decodes, or null when the folder has none. */
    private int[] pick() throws SourceFailure {
        List<Path> images = list();
        for (int tried = 0; tried < images.size(); tried++) {
            Path image = images.get((int) (shown++ % images.size()));
            int[] argb = decode(image);
            if (argb != null) {
                problem = null;
                return argb;
            }
        }
        problem = images.isEmpty() ? null : "none of the " + images.size() + " image(s) in " + folder
                + " decodes (e.g. " + images.get(0).getFileName() + "); replace them with JPEG or PNG files";
        return null;
    }

    private List<Path> list() throws SourceFailure {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ImageFolderSource::isImage).sorted().toList();
        } catch (NoSuchFileException gone) {
            throw new SourceFailure(Health.OFFLINE, "image folder " + folder + " disappeared while listing it", gone);
        } catch (IOException e) {
            throw new SourceFailure(Health.HARDWARE_ERROR, "image folder " + folder + " cannot be listed: " + e, e);
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png"));
    }

    private int[] decode(Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Decoded cached = cache.get(file);
            if (cached != null && cached.modified == modified && cached.size == size) {
                return cached.argb.clone();
            }
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                reportBad(file, "not a JPEG or PNG ImageIO can read");
                return null;
            }
            int[] argb = fit(image, settings.width(), settings.height());
            cache.put(file, new Decoded(modified, size, argb));
            return argb.clone();
        } catch (NoSuchFileException vanished) {
            cache.remove(file);
            return null;
        } catch (IOException | RuntimeException e) {
            reportBad(file, e.toString());
            return null;
        }
    }

    private void reportBad(Path file, String why) {
        if (reportedBad.add(file.getFileName().toString())) {
            LOG.warn("{}: skipping image {} ({})", describe(), file.getFileName(), why);
        }
    }

    /** Crops {@code image} to the aspect ratio of width × height around its centre and scales it. */
    static int[] fit(BufferedImage image, int width, int height) {
        double scale = Math.max((double) width / image.getWidth(), (double) height / image.getHeight());
        int cropWidth = (int) Math.round(width / scale);
        int cropHeight = (int) Math.round(height / scale);
        int x = Math.max(0, (image.getWidth() - cropWidth) / 2);
        int y = Math.max(0, (image.getHeight() - cropHeight) / 2);
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, x, y, x + cropWidth, y + cropHeight, null);
        } finally {
            g.dispose();
        }
        int[] argb = frame.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < argb.length; i++) {
            argb[i] |= 0xFF000000;
        }
        return argb;
    }
}
