package org.budayang.driver.pcscsscard;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.budayang.driver.idcard.CardEvent;

/** Collects card events and waits for the next one. */
final class Events implements Consumer<CardEvent> {
    private final LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();

    @Override
    public void accept(CardEvent event) {
        events.add(event);
    }

    CardEvent.Type next(Duration within) throws InterruptedException {
        CardEvent event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no card event within " + within.toMillis() + " ms");
        }
        return event.type();
    }

    void clear() {
        events.clear();
    }
}
