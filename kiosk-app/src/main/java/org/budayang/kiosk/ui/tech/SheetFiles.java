package org.budayang.kiosk.ui.tech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.budayang.kiosk.core.enrol.EnrolmentException;

/**
 * Where a code sheet on a USB stick is: the path the technician typed (a file, or a directory holding
 * {@value #NAME}), or, with nothing typed, the first {@code <media>/*}{@code /}{@value #NAME} or
 * {@code <media>/*}{@code /*}{@code /}{@value #NAME} (udisks mounts sticks at /media/&lt;user&gt;/&lt;label&gt;).
 */
public final class SheetFiles {
    /** The file name central's ops console offers for download. */
    public static final String NAME = "budayang-enrolment.json";
    private final Path media;

    /** @param media where removable media are mounted, {@code /media} on the kiosk */
    public SheetFiles(Path media) {
        this.media = Objects.requireNonNull(media, "SheetFiles.media");
    }

    public static SheetFiles usb() {
        return new SheetFiles(Path.of("/media"));
    }

    Path find(String typed) {
        if (typed != null && !typed.isBlank()) {
            Path path = Path.of(typed.strip());
            Path file = Files.isDirectory(path) ? path.resolve(NAME) : path;
            if (!Files.isRegularFile(file)) {
                throw new EnrolmentException("SHEET_NOT_FOUND", "No code sheet at " + file.toAbsolutePath()
                        + "; give the path of " + NAME + " on the USB stick, or leave it empty to search " + media);
            }
            return file;
        }
        return search().orElseThrow(() -> new EnrolmentException("SHEET_NOT_FOUND", "No " + NAME + " under "
                + media + "/*/ or " + media + "/*/*/; is the USB stick plugged in and mounted?"));
    }

    private Optional<Path> search() {
        if (!Files.isDirectory(media)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(media, 3)) {
            return files.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(NAME))
                    .filter(Files::isRegularFile)
                    .min(Comparator.comparing(Path::toString));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new EnrolmentException("SHEET_NOT_FOUND", "Cannot search " + media + " for " + NAME + ": "
                    + e.getMessage());
        }
    }
}
