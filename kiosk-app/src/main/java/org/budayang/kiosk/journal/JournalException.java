package org.budayang.kiosk.journal;

/**
 * The journal could not do what was asked. {@link #code()} is stable for fleet reporting; the message
 * (for technicians, never shown to citizens) says what was tried, the value and the fix. It never holds
 * personal data: transactions are named by their id only.
 */
public class JournalException extends RuntimeException {
    /** Opening the SQLite file or applying its schema failed. */
    public static final String OPEN_FAILED = "JOURNAL_OPEN_FAILED";
    /** The file was written by a newer kiosk release than this one. */
    public static final String SCHEMA_NEWER = "JOURNAL_SCHEMA_NEWER";
    /** A read or write of the SQLite file failed. */
    public static final String IO_FAILED = "JOURNAL_IO_FAILED";
    /** An operation that the transaction's or step's state does not allow. */
    public static final String REFUSED = "JOURNAL_REFUSED";
    /** No transaction with the id asked for. */
    public static final String UNKNOWN_TX = "JOURNAL_UNKNOWN_TX";
    /** The key store could not be created or read. */
    public static final String KEY_STORE = "JOURNAL_KEY_STORE";
    /** An encrypted value failed authentication: wrong key, tampered bytes or moved between rows. */
    public static final String UNREADABLE = "JOURNAL_PERSONAL_UNREADABLE";
    /** A value given to the journal is not acceptable. */
    public static final String INVALID = "JOURNAL_INVALID";

    private final String code;

    public JournalException(String code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = code;
    }

    public JournalException(String code, String message) {
        this(code, message, null);
    }

    /** The stable upper-case code, e.g. {@code JOURNAL_REFUSED}. */
    public String code() {
        return code;
    }
}
