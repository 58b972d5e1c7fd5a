package org.budayang.kiosk.service;

/**
 * The desk's journal points as they pass, for telemetry and for the crash tests that stop the kiosk at each one.
 * Called on the thread that runs the step; must return quickly and never throw.
 */
@FunctionalInterface
public interface DeskEvents {
    /** Where a step is. */
    enum Point {
        /** The step is on disk INTENDED; its side effect has not started. */
        INTENDED,
        /** The side effect happened (central answered, the printer printed); the step is not yet DONE on disk. */
        EFFECT_DONE,
        /** The step is DONE on disk (with its outbox messages). */
        DONE
    }

    void at(String txId, String step, Point point);

    /** No one listening. */
    DeskEvents NONE = (txId, step, point) -> { };
}
