package org.budayang.driver.pcscsscard;

import java.time.Duration;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches card insertion and removal while the reader is ENABLED: waits for the card to come or go with
 * {@code waitForCardPresent/Absent} for at most the poll interval per call, so that {@link #stop()} is prompt.
 * Runs on its own PC/SC context (its own terminals), so that its blocking waits never hold up a read.
 */
final class CardWatcher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(CardWatcher.class);

    private final String device;
    private final CardTerminal terminal;
    private final Duration interval;
    private final ReaderBoard board;
    private final Thread thread;
    private final Runnable onExit;
    private volatile boolean running = true;

    /** @param onExit run on the watcher's thread when it ends (releases its PC/SC context) */
    CardWatcher(String device, CardTerminal terminal, Duration interval, ReaderBoard board, Runnable onExit) {
        this.onExit = onExit;
        this.device = device;
        this.terminal = terminal;
        this.interval = interval;
        this.board = board;
        this.thread = new Thread(this, "pcsc-sscard-watch " + device);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(interval.toMillis() + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        try {
            watch();
        } finally {
            onExit.run();
        }
    }

    private void watch() {
        boolean failing = false;
        while (running) {
            try {
                boolean present = terminal.isCardPresent();
                board.cardPresent(present);
                if (present) {
                    terminal.waitForCardAbsent(interval.toMillis());
                } else {
                    terminal.waitForCardPresent(interval.toMillis());
                }
                if (failing) {
                    LOG.info("{}: the card watcher reaches the reader again", device);
                    failing = false;
                }
            } catch (CardException e) {
                if (!running) {
                    return;
                }
                if (!failing) {
                    LOG.warn("{}: the card watcher cannot reach the reader: {}", device, PcscErrors.describe(e));
                    failing = true;
                }
                if (PcscErrors.serviceOrReaderGone(e)) {
                    board.offline(PcscErrors.serviceProblem(e));
                }
                pause();
            } catch (RuntimeException e) {
                LOG.warn("{}: the card watcher failed and stops; the supervisor's next poll reopens the reader",
                        device, e);
                board.offline("card watcher failed: " + e);
                return;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            running = false;
        }
    }
}
