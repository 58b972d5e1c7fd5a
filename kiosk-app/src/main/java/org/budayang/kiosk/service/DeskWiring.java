package org.budayang.kiosk.service;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalException;
import org.budayang.kiosk.journal.JournalPurge;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.Outbox;
import org.budayang.kiosk.journal.OutboxDeliverer;
import org.budayang.kiosk.printing.GuideLinks;
import org.budayang.kiosk.printing.PrintService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the kiosk's service desk for {@code KioskMain}: the journal ({@code <data.dir>/journal}, retention
 * {@code journal.retention}), central's API over mutual TLS with the kiosk's certificate, the desk, the outbox deliverer, the
 * hourly purge and the recovery of what a crash left open. {@link #recover()} runs before the shell shows;
 * {@link #start} then starts delivery and re-runs the recovery while submissions wait for central. A journal that
 * cannot be opened leaves the kiosk up with {@link ServiceDesk#unavailable} (guides and notices still work) and the
 * reason logged; a kiosk without central reachable starts normally (its outbox waits).
 */
public final class DeskWiring implements AutoCloseable {
    /** How often the recovery runs again while a submission waits for central. */
    public static final Duration RECOVERY_RETRY = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(DeskWiring.class);

    private final CentralApi api;
    private final Journal journal;
    private final ServiceDesk desk;
    private final OutboxDeliverer deliverer;
    private final JournalRecovery recovery;
    private AtomicReference<Instant> steps = new AtomicReference<>();
    private JournalPurge purge;
    private volatile ScheduledFuture<?> retry;

    private DeskWiring(CentralApi api, Journal journal, ServiceDesk desk, OutboxDeliverer deliverer,
            JournalRecovery recovery) {
        this.api = api;
        this.journal = journal;
        this.desk = desk;
        this.deliverer = deliverer;
        this.recovery = recovery;
    }

    /**
     * Builds the desk of a kiosk over its central API ({@code CentralLink.deskApi()}: mutual TLS once enrolled).
     *
     * @param api       central's API as the kiosk is authenticated towards it; closed with this wiring
     * @param publicUrl central's address for citizens (the guide links printed on receipts)
     * @param printer   a print service that delivers results on its printer thread ({@code fx(Runnable::run)})
     */
    public static DeskWiring wire(KioskConfig config, CentralApi api, URI publicUrl, PrintService printer,
            Clock clock) {
        URI central = publicUrl;
        log.info("Service desk: central {} as {}", api.baseUrl(), api.identity());
        Journal journal;
        try {
            journal = Journal.open(new JournalSettings(config.journalDir(), config.journalRetention()), clock);
        } catch (JournalException e) {
            log.error("The journal cannot be opened; citizen services that print or submit are off until it is"
                    + " fixed", e);
            return new DeskWiring(api, null, ServiceDesk.unavailable("the transaction journal cannot be opened: "
                    + e.getMessage(), config.sitePhone()), null, null);
        }
        OutboxDeliverer deliverer = new OutboxDeliverer(journal.outbox(), new CentralApiSender(api));
        AtomicReference<Instant> lastStep = new AtomicReference<>();
        JournalledServiceDesk desk = JournalledServiceDesk.builder().journal(journal).api(api).printer(printer)
                .links(GuideLinks.central(central)).clock(clock).sitePhone(config.sitePhone())
                .outboxWake(deliverer::wake).events((txId, step, point) -> {
                    if (point == DeskEvents.Point.DONE) {
                        lastStep.set(clock.instant());
                    }
                }).build();
        DeskWiring wiring = new DeskWiring(api, journal, desk, deliverer, new JournalRecovery(journal, desk, api,
                clock, JournalRecovery.DEFAULT_REPRINT_WINDOW));
        return wiring.tracking(lastStep);
    }

    private DeskWiring tracking(AtomicReference<Instant> steps) {
        this.steps = steps;
        return this;
    }

    public ServiceDesk desk() {
        return desk;
    }

    /** The journal (null when it could not be opened): the payments journal money in the same file (#8). */
    public Journal journal() {
        return journal;
    }

    /** Central's API as the kiosk is authenticated towards it (the payments call it too). */
    public CentralApi api() {
        return api;
    }

    /** When a citizen transaction last finished a step since the start (for the heartbeat; no personal data). */
    public Optional<Instant> lastTransaction() {
        return Optional.ofNullable(steps.get());
    }

    /** The journal's outbox (heartbeats go through it), empty when the journal cannot be opened. */
    public Optional<Outbox> outbox() {
        return journal == null ? Optional.empty() : Optional.of(journal.outbox());
    }

    /** Tells the outbox deliverer that a record waits (no-op without a journal). */
    public void wakeOutbox() {
        if (deliverer != null) {
            deliverer.wake();
        }
    }

    /** Settles what the last run left open (before the shell shows); never throws for central's absence. */
    public JournalRecovery.Report recover() {
        if (recovery == null) {
            return new JournalRecovery.Report(0, 0, 0, 0, 0);
        }
        try {
            return recovery.run();
        } catch (JournalException | IllegalArgumentException e) {
            log.error("Journal recovery stopped; the open transactions stay for the next start", e);
            return new JournalRecovery.Report(0, 0, 0, 0, -1);
        }
    }

    /** Starts the outbox delivery and the hourly purge; re-runs the recovery on {@code timer} while needed. */
    public void start(JournalRecovery.Report first, ScheduledExecutorService timer) {
        Objects.requireNonNull(timer, "timer");
        if (journal == null) {
            return;
        }
        purge = JournalPurge.hourly(journal);
        deliverer.start();
        if (first.unresolved() != 0) {
            retry = timer.scheduleWithFixedDelay(() -> {
                if (recover().unresolved() == 0 && retry != null) {
                    retry.cancel(false);
                }
            }, RECOVERY_RETRY.toSeconds(), RECOVERY_RETRY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        if (retry != null) {
            retry.cancel(false);
        }
        if (deliverer != null) {
            deliverer.close();
        }
        if (purge != null) {
            purge.close();
        }
        if (journal != null) {
            journal.close();
        }
        try {
            api.close();
        } catch (IOException e) {
            log.warn("Closing the central API client failed: {}", e.toString());
        }
    }
}
