package org.budayang.kiosk.fleet.telemetry;

import java.util.Objects;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.kiosk.journal.Outbox;
import org.budayang.kiosk.journal.OutboxMessage;
import org.budayang.kiosk.journal.OutboxState;

/**
 * Heartbeats through the journal's outbox (kind {@value #KIND}), so none is lost while central is unreachable and
 * the kiosk keeps working offline. Coalesced: while a heartbeat is still PENDING (central unreachable, or not sent
 * yet), a new one is not appended, so after an outage one heartbeat waits, not one per 30 s; it is delivered when
 * the network is back and the next tick sends the current state with {@code network.coalesced} = the heartbeats
 * skipped (how long the kiosk was cut off). The outbox cannot replace a pending record today; with
 * {@code Outbox.replacePending(kind, message)} the waiting heartbeat would be the newest instead of the oldest
 * (decision 0015).
 */
public final class OutboxHeartbeatQueue implements HeartbeatQueue {
    public static final String KIND = "HEARTBEAT";

    private final Outbox outbox;
    private final Runnable wakeDeliverer;

    /** @param wakeDeliverer {@code OutboxDeliverer::wake}, so a heartbeat leaves at once */
    public OutboxHeartbeatQueue(Outbox outbox, Runnable wakeDeliverer) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.wakeDeliverer = Objects.requireNonNull(wakeDeliverer, "wakeDeliverer");
    }

    @Override
    public boolean waiting() {
        return outbox.records(OutboxState.PENDING).stream().anyMatch(r -> r.kind().equals(KIND));
    }

    @Override
    public void offer(String json) {
        outbox.append(OutboxMessage.of(KIND, FleetPaths.HEARTBEATS, json));
        wakeDeliverer.run();
    }
}
