package org.budayang.driver.cash;

/** A {@link CreditJournal} could not make a credit durable; the driver neither shows nor acknowledges it. */
public class CreditJournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CreditJournalException(String message, Throwable cause) {
        super(message, cause);
    }

    public CreditJournalException(String message) {
        super(message);
    }
}
