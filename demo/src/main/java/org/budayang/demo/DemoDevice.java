package org.budayang.demo;

import java.io.PrintWriter;
import java.util.Map;

/**
 * One emulated device of the demo: it runs on a local port from {@link #start()} on, tells the kiosk how to reach
 * it ({@link #kioskSettings()}: the {@code device.<role>.*} lines of the kiosk configuration), and takes console
 * commands that begin with its {@link #word()} (e.g. {@code card place 1}, {@code printer paper out}).
 */
public interface DemoDevice extends AutoCloseable {

    /** The console word that addresses this device, lower case ASCII ({@code card}, {@code printer}). */
    String word();

    /** The kiosk role it plays (DESIGN.md: idCardReader, receiptPrinter, qrScanner…). */
    String role();

    /** One line for the console's banner: what it is and where it listens. */
    String summary();

    /** The device's own help text (its commands without the leading word). */
    String help();

    /** Starts serving on a free local port. */
    void start() throws Exception;

    /** {@code device.<role>.<key>} settings (without the prefix) that point the kiosk's driver at this device. */
    Map<String, String> kioskSettings();

    /** Runs one command (the words after {@link #word()}) and writes what happened to {@code out}. */
    void execute(String command, PrintWriter out);

    /** Stops serving; never throws. */
    @Override
    void close();
}
