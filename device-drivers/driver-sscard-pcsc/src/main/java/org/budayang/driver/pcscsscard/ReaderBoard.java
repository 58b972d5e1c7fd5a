package org.budayang.driver.pcscsscard;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.runtime.Listeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's status and card presence, and their listeners: a status change or a card event is published
 * once, when it happens; a failing listener is logged and does not stop the others (nor the watcher, nor a
 * read). Thread-safe (the watcher and the callers both report).
 */
final class ReaderBoard {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderBoard.class);
    private static final String CLOSED = "closed";

    private final String device;
    private final Clock clock;
    private final Listeners<DeviceStatus> statusListeners;
    private final Listeners<CardEvent> cardListeners;
    private DeviceStatus status;
    private boolean online;
    private boolean busy;
    private boolean cardPresent;
    private String detail = "";

    ReaderBoard(String device, Clock clock) {
        this.device = device;
        this.clock = clock;
        this.status = DeviceStatus.offline(clock.instant(), CLOSED);
        this.statusListeners = new Listeners<>(LOG, device, "status", DeviceStatus::health);
        this.cardListeners = new Listeners<>(LOG, device, "card event", CardEvent::type);
    }

    synchronized DeviceStatus status() {
        return status;
    }

    /** The reader answered: ONLINE (or BUSY), with {@code detail} naming the reader. */
    void online(String readerDetail) {
        synchronized (this) {
            online = true;
            detail = readerDetail;
        }
        publish();
    }

    void offline(String why) {
        synchronized (this) {
            online = false;
            detail = why;
        }
        publish();
    }

    void busy(boolean running) {
        synchronized (this) {
            busy = running;
        }
        publish();
    }

    /** Card presence as just seen; emits PLACED / REMOVED when it changed. */
    void cardPresent(boolean present) {
        boolean changed;
        synchronized (this) {
            changed = cardPresent != present;
            cardPresent = present;
        }
        if (changed) {
            CardEvent event = new CardEvent(present ? CardEvent.Type.PLACED : CardEvent.Type.REMOVED, clock.instant());
            LOG.debug("{}: card {}", device, event.type());
            publish(); // the status says CARD_PRESENT before a listener hears PLACED
            cardListeners.tell(event);
        }
    }

    synchronized boolean cardPresent() {
        return cardPresent;
    }

    void closed() {
        synchronized (this) {
            online = false;
            busy = false;
            cardPresent = false;
            detail = CLOSED;
        }
        publish();
    }

    AutoCloseable onStatus(Consumer<DeviceStatus> listener) {
        return statusListeners.add(listener);
    }

    AutoCloseable onCard(Consumer<CardEvent> listener) {
        return cardListeners.add(listener);
    }

    private void publish() {
        DeviceStatus next;
        synchronized (this) {
            if (online) {
                Set<Condition> conditions = cardPresent ? EnumSet.of(Condition.CARD_PRESENT)
                        : EnumSet.noneOf(Condition.class);
                next = new DeviceStatus(busy ? Health.BUSY : Health.ONLINE, conditions, RecommendedAction.NONE,
                        clock.instant(), detail);
            } else {
                next = DeviceStatus.offline(clock.instant(), detail);
            }
            if (next.sameAs(status)) { // the action follows from the health here
                return;
            }
            status = next;
        }
        if (next.health() == Health.OFFLINE && !CLOSED.equals(next.detail())) {
            LOG.warn("{} is OFFLINE: {}", device, next.detail());
        }
        statusListeners.tell(next);
    }
}
