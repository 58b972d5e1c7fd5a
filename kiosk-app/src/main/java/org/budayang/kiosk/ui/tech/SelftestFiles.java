package org.budayang.kiosk.ui.tech;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.budayang.provisioning.fleet.KioskDirs;
import org.budayang.provisioning.fleet.LastSelftest;
import org.budayang.provisioning.selftest.PdfReport;
import org.budayang.provisioning.selftest.SelftestReport;

/**
 * The last self-test's report on disk, where the CLI's {@code selftest} keeps it too: provisioning's
 * {@link LastSelftest} at {@code <data.dir>/provisioning/selftest-last.json} (schema {@code budayang.selftest/1};
 * {@code provision status --send-selftest} sends it again) and {@code selftest-last.pdf} beside it (provisioning's
 * {@link PdfReport}). Each file is written beside itself, forced to disk and renamed over the old one, so a power cut
 * leaves the previous report or the new one, never half of one.
 */
public final class SelftestFiles {
    /** The folder under data.dir. */
    public static final String FOLDER = "provisioning";
    public static final String JSON = KioskDirs.SELFTEST_LAST;
    public static final String PDF = "selftest-last.pdf";

    private final LastSelftest last;
    private final Path folder;

    /** @param dataDir the kiosk's data.dir */
    public SelftestFiles(Path dataDir) {
        Path json = new KioskDirs(Objects.requireNonNull(dataDir, "SelftestFiles.dataDir").toAbsolutePath())
                .selftestLast();
        this.last = new LastSelftest(json);
        this.folder = json.getParent();
    }

    /** The JSON report, where provisioning's CLI keeps it ({@link KioskDirs#selftestLast()}). */
    public Path json() {
        return last.file();
    }

    public Path pdf() {
        return folder.resolve(PDF);
    }

    /**
     * Writes both files.
     *
     * @throws IOException naming the file that could not be written (the old one is then still whole)
     */
    public void write(SelftestReport report) throws IOException {
        Files.createDirectories(folder);
        try {
            last.save(report.toJson());
        } catch (IOException e) {
            throw new IOException("cannot write " + json() + " (" + e + "); check the data directory's permissions"
                    + " and free space", e);
        }
        replace(pdf(), PdfReport.render(report));
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("cannot write " + file + " (" + e + "); check the data directory's permissions"
                    + " and free space", e);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
