package org.budayang.driver.cashssp;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.cash.CashEvent;
import org.budayang.driver.runtime.Listeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acceptor's published state: what it last reported (jams, cash box, fraud), whether it answers, and the
 * listeners. Health, worst first: no answer / link lost / closed → OFFLINE (RESET); unsafe jam → HARDWARE_ERROR
 * (MAINTENANCE); credits that cannot be journalled → HARDWARE_ERROR (MAINTENANCE); cash box removed, cash box full,
 * safe jam → USER_ERROR (CLEAR) with the fix; a fraud attempt → DEGRADED (CLEAR) until staff clear it; else ONLINE.
 */
final class CashBoard {
    private static final Logger LOG = LoggerFactory.getLogger(CashBoard.class);

    private final String device;
    private final Clock clock;
    private final Listeners<DeviceStatus> statusListeners;
    private final Listeners<CashEvent> cashListeners;
    private String identity = "not set up yet";
    private String link = "no link";
    private String offline = "not opened yet";
    private boolean linkLost;
    private boolean safeJam;
    private boolean unsafeJam;
    private boolean stackerFull;
    private boolean cashboxRemoved;
    private boolean deviceDisabled;
    private String fraud;
    private String journalProblem;
    private String accepting = "not accepting notes";
    private DeviceStatus status;

    CashBoard(String device, Clock clock) {
        this.device = device;
        this.clock = clock;
        this.status = DeviceStatus.offline(clock.instant(), offline);
        this.statusListeners = new Listeners<>(LOG, device, "status", DeviceStatus::health);
        this.cashListeners = new Listeners<>(LOG, device, "cash event", e -> e.getClass().getSimpleName());
    }

    AutoCloseable onStatus(Consumer<DeviceStatus> listener) {
        return statusListeners.add(listener);
    }

    AutoCloseable onCash(Consumer<CashEvent> listener) {
        return cashListeners.add(listener);
    }

    Clock clock() {
        return clock;
    }

    synchronized DeviceStatus status() {
        return status;
    }

    void tell(CashEvent event) {
        cashListeners.tell(event);
    }

    void linkOpened(String description) {
        synchronized (this) {
            link = description;
            linkLost = false;
        }
    }

    void identity(String text) {
        synchronized (this) {
            identity = text;
            offline = null;
        }
        publish();
    }

    void answered() {
        boolean back;
        synchronized (this) {
            back = offline != null && !linkLost && !identity.equals("not set up yet");
            if (back) {
                offline = null;
            }
        }
        if (back) {
            LOG.info("{} answers again", device);
            publish();
        }
    }

    void noReply(SspCommand command, int sends, long millis) {
        boolean was;
        synchronized (this) {
            was = offline != null;
            offline = "no reply to " + command + " after " + sends + " send(s) in " + millis + " ms (" + link
                    + "); check the acceptor's power and cable, the port and the baud rate";
        }
        if (!was) {
            LOG.warn("{} is OFFLINE: no reply to {} after {} send(s)", device, command, sends);
        }
        publish();
    }

    void linkLost(String what) {
        synchronized (this) {
            linkLost = true;
            offline = "link lost: " + what;
        }
        publish();
    }

    void closed() {
        synchronized (this) {
            offline = "closed (" + link + ")";
        }
        publish();
    }

    /** The persistent conditions in the last poll reply; returns which of them are new, for events. */
    synchronized EnumSet<SspEvent.Type> conditions(Set<SspEvent.Type> reported) {
        EnumSet<SspEvent.Type> fresh = EnumSet.noneOf(SspEvent.Type.class);
        safeJam = mark(reported, SspEvent.Type.SAFE_JAM, safeJam, fresh);
        unsafeJam = mark(reported, SspEvent.Type.UNSAFE_JAM, unsafeJam, fresh);
        stackerFull = mark(reported, SspEvent.Type.STACKER_FULL, stackerFull, fresh);
        cashboxRemoved = mark(reported, SspEvent.Type.CASHBOX_REMOVED, cashboxRemoved, fresh);
        deviceDisabled = mark(reported, SspEvent.Type.DISABLED, deviceDisabled, fresh);
        return fresh;
    }

    private static boolean mark(Set<SspEvent.Type> reported, SspEvent.Type type, boolean was,
                                Set<SspEvent.Type> fresh) {
        boolean now = reported.contains(type);
        if (now && !was) {
            fresh.add(type);
        }
        return now;
    }

    void fraud(String what) {
        synchronized (this) {
            fraud = what;
        }
        LOG.warn("{}: {}", device, what);
        publish();
    }

    /** Staff cleared what the status asked for: the fraud latch goes (jams and cash box are sensed again). */
    void staffCleared() {
        synchronized (this) {
            fraud = null;
        }
        publish();
    }

    void journalProblem(String problem) {
        boolean first;
        synchronized (this) {
            first = journalProblem == null;
            journalProblem = problem;
        }
        if (first) {
            LOG.error("{}: a credit cannot be journalled, it is held back and not acknowledged: {}", device, problem);
        }
        publish();
    }

    void journalOk() {
        boolean was;
        synchronized (this) {
            was = journalProblem != null;
            journalProblem = null;
        }
        if (was) {
            LOG.info("{}: credits are journalled again", device);
            publish();
        }
    }

    void accepting(String what) {
        synchronized (this) {
            accepting = what;
        }
        publish();
    }

    /** Rebuilds the status from the flags and tells the listeners when it changed. */
    void publish() {
        DeviceStatus next;
        synchronized (this) {
            DeviceStatus built = build();
            if (built.sameAs(status)) {
                return;
            }
            status = built;
            next = built;
        }
        statusListeners.tell(next);
    }

    private DeviceStatus build() {
        if (offline != null) {
            return DeviceStatus.offline(clock.instant(), offline);
        }
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        if (safeJam || unsafeJam) {
            conditions.add(Condition.JAM);
        }
        if (stackerFull) {
            conditions.add(Condition.CASHBOX_FULL);
        }
        if (cashboxRemoved) {
            conditions.add(Condition.CASHBOX_REMOVED);
        }
        Health health;
        RecommendedAction action;
        String detail;
        if (unsafeJam) {
            health = Health.HARDWARE_ERROR;
            action = RecommendedAction.MAINTENANCE;
            detail = "E9 UNSAFE_JAM: a note is jammed inside; whether it reached the cash box is unknown: open the"
                    + " acceptor, clear the path and count the cash box";
        } else if (journalProblem != null) {
            health = Health.HARDWARE_ERROR;
            action = RecommendedAction.MAINTENANCE;
            detail = "CREDIT_NOT_JOURNALLED: a credit could not be written to the kiosk journal and is held back: "
                    + journalProblem;
        } else if (cashboxRemoved) {
            health = Health.USER_ERROR;
            action = RecommendedAction.CLEAR;
            detail = "E3 CASHBOX_REMOVED: the cash box is out: put it back and lock it";
        } else if (stackerFull) {
            health = Health.USER_ERROR;
            action = RecommendedAction.CLEAR;
            detail = "E7 STACKER_FULL: the cash box is full: empty it (count and record the notes) and put it back";
        } else if (safeJam) {
            health = Health.USER_ERROR;
            action = RecommendedAction.CLEAR;
            detail = "EA SAFE_JAM: a note is stuck at the entrance (not in the cash box): pull it out";
        } else if (fraud != null) {
            health = Health.DEGRADED;
            action = RecommendedAction.CLEAR;
            detail = fraud + "; inspect the acceptor's entrance, then mark the condition cleared";
        } else {
            health = Health.ONLINE;
            action = RecommendedAction.NONE;
            detail = accepting;
        }
        return new DeviceStatus(health, conditions, action, clock.instant(), detail + " (" + identity + ", " + link
                + (deviceDisabled ? ", acceptor disabled" : "") + ")");
    }
}
