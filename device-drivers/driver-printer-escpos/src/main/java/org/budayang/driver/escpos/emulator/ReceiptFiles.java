package org.budayang.driver.escpos.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each receipt that comes off the emulated printer into a directory: {@code receipt-0001.png} (as the paper
 * looks) and {@code receipt-0001.txt} (the decoded text runs, QR payloads, barcodes, cut). Rendering runs on its
 * own thread, so that the emulated printer keeps answering status requests at once meanwhile (the first render
 * loads the font and takes most of a second). The numbering continues after the highest {@code receipt-NNNN} already
 * in the directory, so that a new start (each demo run) keeps the receipts of the earlier ones.
 */
public final class ReceiptFiles implements Consumer<PrintedReceipt>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptFiles.class);

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "receipt-(\\d{4,9})\\.(png|txt)");

    private final Path dir;
    private final ReceiptRenderer renderer;
    /** The highest file number in the directory when this started: receipt N of this run is file offset + N. */
    private final int offset;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "escpos-emulator receipt files");
        thread.setDaemon(true);
        return thread;
    });

    public ReceiptFiles(Path dir, ReceiptRenderer renderer) {
        this.dir = dir;
        this.renderer = renderer;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the receipt directory " + dir + "; choose another --out", e);
        }
        this.offset = highestNumber(dir);
        if (offset > 0) {
            LOG.info("printer emulator: {} holds receipts up to {}; this run's receipts are numbered from {}", dir,
                    offset, offset + 1);
        }
    }

    private static int highestNumber(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.map(p -> NAME.matcher(p.getFileName().toString())).filter(java.util.regex.Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the receipt directory " + dir, e);
        }
    }

    /** The PNG file of this run's receipt {@code number} (the printer's count, 1, 2, …). */
    public Path png(int number) {
        return dir.resolve(String.format("receipt-%04d.png", offset + number));
    }

    /** The text file of this run's receipt {@code number}. */
    public Path text(int number) {
        return dir.resolve(String.format("receipt-%04d.txt", offset + number));
    }

    @Override
    public void accept(PrintedReceipt receipt) {
        writer.execute(() -> write(receipt));
    }

    private void write(PrintedReceipt receipt) {
        try {
            Files.writeString(text(receipt.number()), receipt.describe(), StandardCharsets.UTF_8);
            ImageIO.write(renderer.render(receipt), "png", png(receipt.number()).toFile());
        } catch (IOException | RuntimeException e) {
            LOG.error("printer emulator: cannot write receipt {} into {}", receipt.number(), dir, e);
        }
    }

    /** Waits until every receipt handed over so far is written. */
    public void flush(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            writer.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the receipt writer failed", e);
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
