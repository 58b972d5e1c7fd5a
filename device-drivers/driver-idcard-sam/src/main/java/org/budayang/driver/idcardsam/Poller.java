package org.budayang.driver.idcardsam;

import java.util.concurrent.TimeUnit;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enabled reader's background poll: find-card every poll interval (skipped while an operation
 * runs), plus SAM status every fifth poll. Card presence becomes PLACED / REMOVED events; silence makes the
 * reader OFFLINE and its next answer ONLINE again; a lost link ends the poll (the supervisor reopens).
 */
final class Poller {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final int STATUS_EVERY = 5;

    private final SamIdCardReader reader;
    private final SamSettings settings;
    private final CancelToken stop = new CancelToken();
    private Thread thread;

    Poller(SamIdCardReader reader, SamSettings settings) {
        this.reader = reader;
        this.settings = settings;
    }

    void start(String device) {
        thread = new Thread(this::run, "idcard-sam poll " + device);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        stop.cancel();
        Thread running = thread;
        if (running != null && running != Thread.currentThread()) {
            running.interrupt();
            try {
                running.join(settings.commandTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long polls = 0;
        if (!pollOnce(polls++)) {
            return;
        }
        while (!stop.isCancelled()) {
            try {
                TimeUnit.NANOSECONDS.sleep(settings.pollInterval().toNanos());
            } catch (InterruptedException e) {
                return;
            }
            if (!pollOnce(polls++)) {
                return;
            }
        }
    }

    /** One poll; false when the link is lost and polling must end. */
    private boolean pollOnce(long count) {
        if (stop.isCancelled() || !reader.operationLock().tryLock()) {
            return true;
        }
        try {
            FrameChannel channel = reader.channelOrNull();
            if (channel == null || stop.isCancelled()) {
                return true;
            }
            // the SAM status is asked in addition to find card, never instead: a card placed is noticed within one interval
            if (count % STATUS_EVERY == STATUS_EVERY - 1) {
                exchange(channel, Command.SAM_STATUS);
            }
            if (!stop.isCancelled()) {
                exchange(channel, Command.FIND_CARD);
            }
            return true;
        } catch (LinkLostException lost) {
            reader.board().linkLost(lost.getMessage());
            return false;
        } finally {
            reader.operationLock().unlock();
        }
    }

    private void exchange(FrameChannel channel, Command command) throws LinkLostException {
        {
            Exchange exchange = channel.exchange(command, Deadline.in(settings.answerLimit()), stop);
            if (exchange instanceof Exchange.Answer answer) {
                reader.board().answered();
                Sw3 sw3 = answer.response().status().orElseThrow();
                if (command == Command.SAM_STATUS) {
                    reader.board().samStatus(sw3);
                } else if (sw3 == Sw3.CARD_FOUND) {
                    reader.board().cardPresent(true);
                } else if (sw3 == Sw3.NO_CARD) {
                    reader.board().cardPresent(false);
                } else {
                    LOG.debug("{}: find card answered {}", reader.device(), sw3.describe());
                }
            } else if (exchange instanceof Exchange.NoAnswer none) {
                reader.board().noAnswer(command, none.after());
            } else if (!(exchange instanceof Exchange.Cancelled)) {
                reader.board().answered();
                LOG.debug("{}: poll {} got an unusable answer: {}", reader.device(), command.label(), exchange);
            }
        }
    }
}
