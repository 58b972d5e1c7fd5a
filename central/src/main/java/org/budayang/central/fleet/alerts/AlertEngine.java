package org.budayang.central.fleet.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.TransactionRecord;
import org.budayang.central.fleet.telemetry.HeartbeatListener;
import org.budayang.central.fleet.telemetry.HeartbeatRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens, deduplicates and resolves alerts: on each kiosk's newest heartbeat ({@link HeartbeatRules}: opens what is
 * wrong, resolves what cleared, and KIOSK_SILENT), on a timer for silence ({@link #checkSilence()}), and on the
 * flows' events ({@link FleetEvents}). Every transition goes to the {@link AlertNotifier}.
 *
 * <p>Repeated failures of an item are counted in this node's memory (a sliding window per kiosk and item): with
 * several central nodes a kiosk's failures may be split between them, so the rule may fire later; reading the
 * transactions table once #7 stores it removes that.
 */
public final class AlertEngine implements HeartbeatListener, FleetEvents, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);

    private final AlertRepository alerts;
    private final HeartbeatRepository heartbeats;
    private final AlertSettings settings;
    private final Duration heartbeatInterval;
    private final AlertNotifier notifier;
    private final Clock clock;
    private final HeartbeatRules rules;
    private final Map<Alert.Key, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    public AlertEngine(AlertRepository alerts, HeartbeatRepository heartbeats, AlertSettings settings,
                       Duration heartbeatInterval, AlertNotifier notifier, Clock clock) {
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.heartbeats = Objects.requireNonNull(heartbeats, "heartbeats");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.heartbeatInterval = Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = new HeartbeatRules(settings);
    }

    @Override
    public void onHeartbeat(String kioskId, Heartbeat heartbeat, Instant receivedAt, boolean newest) {
        if (!newest) {
            return; // a late heartbeat describes the past
        }
        Map<Alert.Key, String> active = rules.evaluate(kioskId, heartbeat);
        List<Alert> unresolved = alerts.unresolved(kioskId);
        for (Alert alert : unresolved) {
            if (HeartbeatRules.RULES.contains(alert.rule()) && !active.containsKey(alert.key())) {
                String why = alert.rule() == AlertRule.KIOSK_SILENT ? "heartbeat received at " + receivedAt
                        : "cleared in the heartbeat sent at " + heartbeat.sentAt();
                resolveAuto(alert, why);
            }
        }
        for (Map.Entry<Alert.Key, String> entry : active.entrySet()) {
            boolean known = unresolved.stream().anyMatch(a -> a.key().equals(entry.getKey()));
            if (!known) {
                open(entry.getKey(), entry.getValue());
            }
        }
    }

    /** Opens KIOSK_SILENT for every kiosk not heard for {@code silentIntervals} intervals; returns how many opened. */
    public int checkSilence() {
        Duration silence = heartbeatInterval.multipliedBy(settings.silentIntervals());
        Instant now = clock.instant();
        int opened = 0;
        for (Map.Entry<String, Instant> kiosk : heartbeats.lastHeardBefore(now.minus(silence)).entrySet()) {
            Alert.Key key = new Alert.Key(kiosk.getKey(), AlertRule.KIOSK_SILENT, "");
            String detail = "no heartbeat since " + kiosk.getValue() + " ("
                    + Duration.between(kiosk.getValue(), now).toSeconds() + " s; expected every "
                    + heartbeatInterval.toSeconds() + " s)";
            if (open(key, detail).isPresent()) {
                opened++;
            }
        }
        return opened;
    }

    @Override
    public void transactionRecorded(String kioskId, TransactionRecord transaction) {
        Alert.Key key = new Alert.Key(kioskId, AlertRule.ITEM_FAILURES, transaction.itemCode());
        if (transaction.outcome() == TransactionRecord.Outcome.COMPLETED) {
            failures.remove(key);
            for (Alert alert : alerts.unresolved(kioskId)) {
                if (alert.key().equals(key)) {
                    resolveAuto(alert, "transaction " + transaction.transactionId() + " of the item completed");
                }
            }
            return;
        }
        if (transaction.outcome() != TransactionRecord.Outcome.FAILED) {
            return;
        }
        Instant at = transaction.finishedAt();
        int count;
        Deque<Instant> window = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (window) {
            window.addLast(at);
            while (!window.isEmpty() && window.peekFirst().isBefore(at.minus(settings.itemFailureWindow()))) {
                window.removeFirst();
            }
            count = window.size();
        }
        if (count >= settings.itemFailures()) {
            open(key, count + " failed transactions of item " + transaction.itemCode() + " within "
                    + settings.itemFailureWindow() + " (last " + transaction.transactionId() + ", "
                    + Objects.requireNonNullElse(transaction.failureCode(), "no code") + ")");
        }
    }

    @Override
    public void evaluationReceived(String kioskId, EvaluationRequest evaluation) {
        if (!evaluation.level().negative()) {
            return;
        }
        open(new Alert.Key(kioskId, AlertRule.BAD_EVALUATION, evaluation.evaluationId()), "差评 "
                + evaluation.level().score() + " (" + evaluation.level() + ") for item " + evaluation.itemCode()
                + ", 办件 " + evaluation.applicationNumber() + ", rated " + evaluation.ratedAt()
                + "; call the citizen back within one working day");
    }

    public Alert acknowledge(long alertId, String opsUser) {
        Alert alert = alerts.acknowledge(alertId, opsUser, clock.instant());
        LOG.info("Alert {} {} of kiosk {} acknowledged by {}", alertId, alert.rule(), alert.kioskId(), opsUser);
        notifier.publish(AlertEvent.of(AlertEvent.Type.ACKNOWLEDGED, alert, clock.instant()));
        return alert;
    }

    public Alert resolve(long alertId, String opsUser, String resolution) {
        Alert alert = alerts.resolve(alertId, opsUser, resolution, clock.instant());
        LOG.info("Alert {} {} of kiosk {} resolved by {}", alertId, alert.rule(), alert.kioskId(), opsUser);
        notifier.publish(AlertEvent.of(AlertEvent.Type.RESOLVED, alert, clock.instant()));
        return alert;
    }

    private Optional<Alert> open(Alert.Key key, String detail) {
        Optional<Alert> opened = alerts.open(key, detail, clock.instant());
        opened.ifPresent(alert -> {
            LOG.info("Alert {} opened: {} {} of kiosk {}", alert.id(), key.rule(), key.subject(), key.kioskId());
            notifier.publish(AlertEvent.of(AlertEvent.Type.OPENED, alert, alert.openedAt()));
        });
        return opened;
    }

    private void resolveAuto(Alert alert, String why) {
        try {
            Alert resolved = alerts.resolve(alert.id(), Alert.AUTO, why, clock.instant());
            LOG.info("Alert {} {} of kiosk {} resolved by itself: {}", alert.id(), alert.rule(), alert.kioskId(), why);
            notifier.publish(AlertEvent.of(AlertEvent.Type.RESOLVED, resolved, clock.instant()));
        } catch (AlertRefusedException raced) {
            LOG.debug("Alert {} was resolved meanwhile: {}", alert.id(), raced.getMessage());
        }
    }

    /** Checks silence every {@code checkEvery} on a daemon thread until {@link #close()}. */
    public synchronized void start() {
        if (timer != null) {
            throw new IllegalStateException("AlertEngine.start: already started");
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "alert-silence-check");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.checkEvery().toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                checkSilence();
            } catch (RuntimeException e) {
                LOG.warn("Checking for silent kiosks failed; trying again in {}", settings.checkEvery(), e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
