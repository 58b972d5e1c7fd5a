package org.budayang.driver.escpos.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Writes each receipt that comes off the emulated printer into a directory: {@code receipt-0001.png} (as the paper
 * looks) and {@code receipt-0001.txt} (the decoded text runs, QR payloads, barcodes, cut).
 */
public final class ReceiptFiles implements Consumer<PrintedReceipt> {
    private final Path dir;
    private final ReceiptRenderer renderer;

    public ReceiptFiles(Path dir, ReceiptRenderer renderer) {
        this.dir = dir;
        this.renderer = renderer;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the receipt directory " + dir + "; choose another --out", e);
        }
    }

    /** The PNG file of receipt {@code number}. */
    public Path png(int number) {
        return dir.resolve(String.format("receipt-%04d.png", number));
    }

    public Path text(int number) {
        return dir.resolve(String.format("receipt-%04d.txt", number));
    }

    @Override
    public void accept(PrintedReceipt receipt) {
        try {
            ImageIO.write(renderer.render(receipt), "png", png(receipt.number()).toFile());
            Files.writeString(text(receipt.number()), receipt.describe(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write receipt " + receipt.number() + " into " + dir, e);
        }
    }
}
