package org.budayang.driver.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** Listeners are told in order, removed by their handle, and one that throws is logged and skipped. */
class ListenersTest {

    /** Records what the driver's logger was asked to log. */
    private static final class RecordingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Throwable> thrown = new CopyOnWriteArrayList<>();

        @Override public boolean isTraceEnabled() { return true; }
        @Override public boolean isDebugEnabled() { return true; }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public boolean isErrorEnabled() { return true; }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            lines.add(level + " " + MessageFormatter.basicArrayFormat(pattern, arguments));
            thrown.add(throwable);
        }
    }

    private record Event(String name, String personal) {
    }

    @Test
    void everyListenerIsToldInOrderAndAFailingOneIsLoggedWithoutStoppingTheOthers() throws Exception {
        RecordingLogger log = new RecordingLogger();
        Listeners<Event> listeners = new Listeners<>(log, "idCardReader", "card event", Event::name);
        List<String> heard = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("listener bug");
        listeners.add(event -> heard.add("first " + event.name()));
        AutoCloseable failing = listeners.add(event -> {
            throw boom;
        });
        listeners.add(event -> heard.add("third " + event.name()));

        listeners.tell(new Event("PLACED", "张三 620102199001010034"));

        assertEquals(List.of("first PLACED", "third PLACED"), heard);
        assertEquals(List.of("ERROR idCardReader: a card event listener failed on PLACED"), log.lines);
        assertSame(boom, log.thrown.get(0));

        failing.close();
        failing.close();
        assertEquals(2, listeners.size());
        listeners.tell(new Event("REMOVED", ""));
        assertEquals(List.of("first PLACED", "third PLACED", "first REMOVED", "third REMOVED"), heard);
        assertEquals(1, log.lines.size());
    }

    @Test
    void aNullListenerIsRefused() {
        Listeners<Event> listeners = new Listeners<>(new RecordingLogger(), "qrScanner", "code", Event::name);
        assertEquals("listener", assertThrows(NullPointerException.class, () -> listeners.add(null)).getMessage());
    }
}
