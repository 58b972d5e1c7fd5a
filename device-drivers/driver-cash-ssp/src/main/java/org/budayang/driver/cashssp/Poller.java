package org.budayang.driver.cashssp;

import java.util.concurrent.TimeUnit;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enabled acceptor's poll thread: one {@link PollCycle} every poll interval through the operation gate (a poll
 * that finds the gate busy waits at most one interval, then tries again at the next). A lost link ends it (the
 * supervisor reopens).
 */
final class Poller {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    private final SspCashAcceptor acceptor;
    private final SspSettings settings;
    private final CancelToken stop = new CancelToken();
    private Thread thread;

    Poller(SspCashAcceptor acceptor, SspSettings settings) {
        this.acceptor = acceptor;
        this.settings = settings;
    }

    void start(String device) {
        thread = new Thread(this::run, "cash-ssp poll " + device);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        stop.cancel();
        Thread running = thread;
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(settings.replyTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (!stop.isCancelled()) {
            try {
                acceptor.pollOnce(stop);
            } catch (LinkLostException lost) {
                LOG.debug("{}: polling ends, the link is lost: {}", acceptor.device(), lost.getMessage());
                return;
            } catch (RuntimeException bug) {
                LOG.error("{}: a poll failed unexpectedly; polling goes on", acceptor.device(), bug);
            }
            try {
                TimeUnit.NANOSECONDS.sleep(settings.pollInterval().toNanos());
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
