package org.budayang.driver;

/**
 * The lifecycle axis of a device (DESIGN.md, Devices): {@code CLOSED → OPEN → ENABLED}.
 * The guarded transitions between the states are in {@link Lifecycle}.
 */
public enum LifecycleState {
    /** No resources held; the link is closed. */
    CLOSED,
    /** Link open and device claimed, but not accepting operations (e.g. a bill acceptor that refuses notes). */
    OPEN,
    /** Ready for operations. */
    ENABLED
}
