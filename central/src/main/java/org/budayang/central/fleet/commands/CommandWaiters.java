package org.budayang.central.fleet.commands;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kiosks holding a long poll open on this node: a new command for a kiosk wakes its waiting polls at once.
 * Per node only: a command created on another node is found when the poll's wait ends (at most
 * {@code commands.longPollMax}).
 */
final class CommandWaiters {
    private final Map<String, Set<CompletableFuture<Void>>> waiting = new ConcurrentHashMap<>();

    CompletableFuture<Void> register(String kioskId) {
        CompletableFuture<Void> waiter = new CompletableFuture<>();
        waiting.computeIfAbsent(kioskId, k -> ConcurrentHashMap.newKeySet()).add(waiter);
        waiter.whenComplete((ignored, error) -> waiting.computeIfPresent(kioskId, (k, set) -> {
            set.remove(waiter);
            return set.isEmpty() ? null : set;
        }));
        return waiter;
    }

    void wake(String kioskId) {
        Set<CompletableFuture<Void>> set = waiting.get(kioskId);
        if (set != null) {
            for (CompletableFuture<Void> waiter : Set.copyOf(set)) {
                waiter.complete(null);
            }
        }
    }

    int waiting() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }
}
