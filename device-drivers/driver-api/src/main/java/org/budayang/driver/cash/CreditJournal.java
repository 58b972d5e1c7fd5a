package org.budayang.driver.cash;

/**
 * Where a credit is written durably before anybody acts on it (decision 0012, the kiosk journal; decision 0016). The
 * cash driver calls {@link #record} for every credit <em>before</em> it tells its listeners (the screen, the cash
 * session) and before it acknowledges the event to the acceptor; a credit whose recording failed is neither shown nor
 * acknowledged, and is recorded again at the next poll.
 */
@FunctionalInterface
public interface CreditJournal {

    /**
     * Records {@code credit} and returns only once it is durable (written and synced). Recording a credit id that is
     * already recorded must record nothing more.
     *
     * @throws CreditJournalException when it could not be made durable (disk full, database gone)
     */
    void record(Credit credit);
}
