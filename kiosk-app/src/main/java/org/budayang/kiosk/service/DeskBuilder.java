package org.budayang.kiosk.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.printing.GuideLinks;
import org.budayang.kiosk.printing.PrintService;

/** Builds a {@link JournalledServiceDesk}; the journal, central API, printer and guide links are required. */
public final class DeskBuilder {
    Journal journal;
    CentralApi api;
    PrintService printer;
    GuideLinks links;
    Clock clock = Clock.systemDefaultZone();
    String sitePhone = "12345";
    Duration helpTimeout = Duration.ofSeconds(3);
    Duration printWait = PrintService.DEFAULT_DOCUMENT_BUDGET.plusSeconds(10);
    Runnable outboxWake = () -> { };
    DeskEvents events = DeskEvents.NONE;

    DeskBuilder() {
    }

    /** Told of every journal point (telemetry; the crash tests stop there). */
    public DeskBuilder events(DeskEvents value) {
        events = Objects.requireNonNull(value, "events");
        return this;
    }

    public DeskBuilder journal(Journal value) {
        journal = value;
        return this;
    }

    public DeskBuilder api(CentralApi value) {
        api = value;
        return this;
    }

    /** A print service whose results are delivered on the printer thread ({@code fx(Runnable::run)}). */
    public DeskBuilder printer(PrintService value) {
        printer = value;
        return this;
    }

    public DeskBuilder links(GuideLinks value) {
        links = value;
        return this;
    }

    public DeskBuilder clock(Clock value) {
        clock = value;
        return this;
    }

    public DeskBuilder sitePhone(String value) {
        sitePhone = value;
        return this;
    }

    public DeskBuilder helpTimeout(Duration value) {
        helpTimeout = Objects.requireNonNull(value, "helpTimeout");
        return this;
    }

    public DeskBuilder printWait(Duration value) {
        printWait = Objects.requireNonNull(value, "printWait");
        return this;
    }

    /** Called after an outbox message is written (the deliverer's {@code wake}). */
    public DeskBuilder outboxWake(Runnable value) {
        outboxWake = Objects.requireNonNull(value, "outboxWake");
        return this;
    }

    public JournalledServiceDesk build() {
        return new JournalledServiceDesk(this);
    }
}
