package org.budayang.driver.idcardsam;

import java.time.Clock;
import java.time.Duration;
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
 * The reader's published state: health, card presence, and the listeners for status changes and card
 * events. Every change is published once, to every listener, on the thread that made it; a failing
 * listener is logged and does not stop the others.
 */
final class StatusBoard {
    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);

    private final String device;
    private final Clock clock;
    private final Listeners<DeviceStatus> statusListeners;
    private final Listeners<CardEvent> cardListeners;
    private Health health = Health.OFFLINE;
    private RecommendedAction action = RecommendedAction.RESET;
    private String detail = "not opened yet";
    private boolean cardPresent;
    private Health answeringHealth;
    private RecommendedAction answeringAction = RecommendedAction.NONE;
    private String answeringDetail = "";
    private String link = "no link";
    private String identity = "SAM id unknown";
    private boolean linkLost;
    private boolean closing;
    private DeviceStatus status;

    StatusBoard(String device, Clock clock) {
        this.device = device;
        this.clock = clock;
        this.status = DeviceStatus.offline(clock.instant(), detail);
        this.statusListeners = new Listeners<>(LOG, device, "status", DeviceStatus::health);
        this.cardListeners = new Listeners<>(LOG, device, "card event", CardEvent::type);
    }

    synchronized DeviceStatus status() {
        return status;
    }

    synchronized Health health() {
        return health;
    }

    synchronized boolean cardPresent() {
        return cardPresent;
    }

    AutoCloseable onStatus(Consumer<DeviceStatus> listener) {
        return statusListeners.add(listener);
    }

    AutoCloseable onCard(Consumer<CardEvent> listener) {
        return cardListeners.add(listener);
    }

    /** Who the reader is, for technicians: SAM id and link, e.g. {@code SAM 05.01-…, serial /dev/pts/3}. */
    synchronized void identity(String text) {
        identity = text;
    }

    /**
     * What the SAM status said at open or at a health poll; it sets the health while the reader answers:
     * 0x90 ONLINE, anything else HARDWARE_ERROR (the SAM module needs maintenance).
     */
    void samStatus(Sw3 sw3) {
        Health health;
        RecommendedAction action;
        String detail;
        synchronized (this) {
            health = sw3 == Sw3.SUCCESS ? Health.ONLINE : Health.HARDWARE_ERROR;
            action = sw3 == Sw3.SUCCESS ? RecommendedAction.NONE : RecommendedAction.MAINTENANCE;
            detail = sw3 == Sw3.SUCCESS ? identity : "SAM status " + sw3.describe() + "; " + identity;
            answeringHealth = health;
            answeringAction = action;
            answeringDetail = detail;
        }
        set(health, action, detail);
    }

    /** An operation starts or ends: ONLINE ⇄ BUSY (other healths stay). */
    void busy(boolean busy) {
        synchronized (this) {
            if (!health.isOperational()) {
                return;
            }
        }
        set(busy ? Health.BUSY : Health.ONLINE, RecommendedAction.NONE, answeringDetail());
    }

    /** The reader did not answer {@code command} within the command timeout: OFFLINE until it answers again. */
    void noAnswer(Command command, Duration after) {
        set(Health.OFFLINE, RecommendedAction.RESET, "no answer to " + command.label() + " within " + after.toMillis()
                + " ms (" + link + "); check the reader's power and cable, the port and the baud rate");
    }

    /** The reader answered something: back from OFFLINE (no answer) to its answering health. */
    void answered() {
        Health back;
        synchronized (this) {
            if (health != Health.OFFLINE || answeringHealth == null || linkLost) {
                return;
            }
            back = answeringHealth;
        }
        LOG.info("{} answers again", device);
        set(back, answeringAction(), answeringDetail());
    }

    void linkLost(String what) {
        synchronized (this) {
            linkLost = true;
        }
        set(Health.OFFLINE, RecommendedAction.RESET, "link lost: " + what);
    }

    /** A new link was opened (it may be lost again). */
    synchronized void linkOpened(String description) {
        link = description;
        linkLost = false;
        closing = false;
    }

    void closed() {
        synchronized (this) {
            closing = true;
        }
        set(Health.OFFLINE, RecommendedAction.RESET, "closed (" + link + ")");
    }

    private synchronized String answeringDetail() {
        return answeringDetail;
    }

    private synchronized RecommendedAction answeringAction() {
        return answeringAction;
    }

    /**
     * A reader that goes OFFLINE (no answer, link lost, closed) cannot tell whether the card is still there: its
     * presence is cleared and a REMOVED event is emitted, so that a kiosk ends the citizen's session rather than
     * carrying it over to whoever places the next card once the reader is back.
     */
    private void set(Health newHealth, RecommendedAction newAction, String newDetail) {
        DeviceStatus changed;
        boolean cardLost = false;
        synchronized (this) {
            if (newHealth == Health.OFFLINE && health != Health.OFFLINE && !closing) {
                LOG.warn("{} is OFFLINE: {}", device, newDetail);
            }
            health = newHealth;
            action = newAction;
            detail = newDetail;
            if (health == Health.OFFLINE && cardPresent) {
                cardPresent = false;
                cardLost = true;
            }
            changed = rebuild();
        }
        if (cardLost) {
            emit(CardEvent.Type.REMOVED);
        }
        publish(changed);
    }

    /** Records the card's presence; emits PLACED or REMOVED when it changed. */
    void cardPresent(boolean present) {
        DeviceStatus changed;
        synchronized (this) {
            if (cardPresent == present) {
                return;
            }
            cardPresent = present;
            changed = rebuild();
        }
        emit(present ? CardEvent.Type.PLACED : CardEvent.Type.REMOVED);
        publish(changed);
    }

    private void emit(CardEvent.Type type) {
        CardEvent event = new CardEvent(type, clock.instant());
        LOG.debug("{}: card {}", device, event.type());
        cardListeners.tell(event);
    }

    /** Rebuilds the status; returns it when it differs from the last one (ignoring the time), else null. */
    private DeviceStatus rebuild() {
        Set<Condition> conditions = cardPresent && health != Health.OFFLINE ? EnumSet.of(Condition.CARD_PRESENT)
                : EnumSet.noneOf(Condition.class);
        DeviceStatus next = new DeviceStatus(health, conditions, action, clock.instant(), detail);
        if (next.sameAs(status)) {
            return null;
        }
        status = next;
        return next;
    }

    private void publish(DeviceStatus changed) {
        if (changed != null) {
            statusListeners.tell(changed);
        }
    }
}
