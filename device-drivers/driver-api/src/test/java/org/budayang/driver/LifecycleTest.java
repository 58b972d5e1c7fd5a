package org.budayang.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {
    private static final String DEVICE = "receiptPrinter (escpos)";

    private static final Map<String, Consumer<Lifecycle>> OPERATIONS = Map.of(
            "open", Lifecycle::open,
            "enable", Lifecycle::enable,
            "disable", Lifecycle::disable,
            "close", Lifecycle::close);

    @Test
    void requireOpenRefusesOnlyWhileClosedNamingOperationAndState() {
        Lifecycle lifecycle = new Lifecycle(DEVICE);
        LifecycleException refused = assertThrows(LifecycleException.class,
                () -> lifecycle.requireOpen("refreshStatus"));
        assertEquals(DEVICE + ": cannot refreshStatus while CLOSED; refreshStatus is allowed only when OPEN or ENABLED",
                refused.getMessage());
        lifecycle.open();
        lifecycle.requireOpen("refreshStatus");
        lifecycle.enable();
        lifecycle.requireOpen("refreshStatus");
    }

    @Test
    void closeIfOpenClosesOnceAndRunsItsActionOnce() {
        Lifecycle lifecycle = new Lifecycle(DEVICE);
        int[] runs = {0};
        assertFalse(lifecycle.closeIfOpen(() -> runs[0]++), "a CLOSED device is not closed again");
        lifecycle.open();
        lifecycle.enable();
        assertTrue(lifecycle.closeIfOpen(() -> runs[0]++));
        assertFalse(lifecycle.closeIfOpen(() -> runs[0]++));
        assertEquals(LifecycleState.CLOSED, lifecycle.state());
        assertEquals(1, runs[0]);
    }

    @Test
    void startsClosedAndWalksTheWholeCycle() {
        Lifecycle lifecycle = new Lifecycle(DEVICE);
        assertEquals(LifecycleState.CLOSED, lifecycle.state());

        lifecycle.open();
        assertEquals(LifecycleState.OPEN, lifecycle.state());
        lifecycle.enable();
        assertEquals(LifecycleState.ENABLED, lifecycle.state());
        lifecycle.disable();
        assertEquals(LifecycleState.OPEN, lifecycle.state());
        lifecycle.enable();
        lifecycle.close();
        assertEquals(LifecycleState.CLOSED, lifecycle.state());
        lifecycle.open();
        assertEquals(LifecycleState.OPEN, lifecycle.state());
    }

    /** The whole table: every operation from every state, allowed ones with their target state. */
    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource({
            "CLOSED,  open,    OPEN",
            "CLOSED,  enable,  refused: allowed only when OPEN",
            "CLOSED,  disable, refused: allowed only when ENABLED",
            "CLOSED,  close,   refused: allowed only when OPEN or ENABLED",
            "OPEN,    open,    refused: allowed only when CLOSED",
            "OPEN,    enable,  ENABLED",
            "OPEN,    disable, refused: allowed only when ENABLED",
            "OPEN,    close,   CLOSED",
            "ENABLED, open,    refused: allowed only when CLOSED",
            "ENABLED, enable,  refused: allowed only when OPEN",
            "ENABLED, disable, OPEN",
            "ENABLED, close,   CLOSED"})
    void everyTransitionFromEveryState(LifecycleState from, String operation, String expected) {
        Lifecycle lifecycle = lifecycleIn(from);

        if (expected.startsWith("refused: ")) {
            LifecycleException error = assertThrows(LifecycleException.class,
                    () -> OPERATIONS.get(operation).accept(lifecycle));
            assertEquals(DEVICE + ": cannot " + operation + " while " + from + "; " + operation + " is "
                    + expected.substring("refused: ".length()), error.getMessage());
            assertEquals(operation, error.operation());
            assertEquals(from, error.state());
            assertEquals(DEVICE, error.device());
            assertEquals(from, lifecycle.state(), "a refused transition leaves the state alone");
        } else {
            OPERATIONS.get(operation).accept(lifecycle);
            assertEquals(LifecycleState.valueOf(expected), lifecycle.state());
        }
    }

    @Test
    void aRefusalIsAnIllegalStateExceptionWithTheAllowedStates() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new Lifecycle(DEVICE).enable());

        assertTrue(error instanceof LifecycleException);
        assertEquals(EnumSet.of(LifecycleState.OPEN), ((LifecycleException) error).allowedFrom());
    }

    @Test
    void operationsAreRefusedUnlessEnabled() {
        Lifecycle lifecycle = new Lifecycle(DEVICE);
        lifecycle.open();

        LifecycleException error = assertThrows(LifecycleException.class, () -> lifecycle.requireEnabled("print"));
        assertEquals(DEVICE + ": cannot print while OPEN; print is allowed only when ENABLED", error.getMessage());

        lifecycle.enable();
        lifecycle.requireEnabled("print");
    }

    @Test
    void aFailingActionLeavesTheStateAndItsCheckedExceptionPropagates() {
        Lifecycle lifecycle = new Lifecycle(DEVICE);
        IOException linkDown = new IOException("/dev/ttyUSB0: no such device");

        IOException thrown = assertThrows(IOException.class, () -> lifecycle.open(() -> {
            throw linkDown;
        }));

        assertSame(linkDown, thrown);
        assertEquals(LifecycleState.CLOSED, lifecycle.state());
        lifecycle.open();
        RuntimeException refused = assertThrows(RuntimeException.class, () -> lifecycle.enable(() -> {
            throw new IllegalStateException("device refused to enable: cover open");
        }));
        assertEquals("device refused to enable: cover open", refused.getMessage());
        assertEquals(LifecycleState.OPEN, lifecycle.state());
    }

    @Test
    void closeEndsClosedEvenWhenReleasingFails() {
        Lifecycle lifecycle = lifecycleIn(LifecycleState.ENABLED);

        IOException thrown = assertThrows(IOException.class, () -> lifecycle.close(() -> {
            throw new IOException("port vanished");
        }));

        assertEquals("port vanished", thrown.getMessage());
        assertEquals(LifecycleState.CLOSED, lifecycle.state());
        lifecycle.open();
        assertEquals(LifecycleState.OPEN, lifecycle.state());
    }

    @Test
    void anActionRunsOnlyWhenTheTransitionIsAllowed() {
        Lifecycle lifecycle = new Lifecycle(DEVICE);
        List<String> ran = new java.util.ArrayList<>();

        assertThrows(LifecycleException.class, () -> lifecycle.enable(() -> ran.add("enable")));
        lifecycle.open(() -> ran.add("open"));

        assertEquals(List.of("open"), ran);
    }

    @Test
    void anActionThatCallsBackIntoItsLifecycleIsRefused() {
        Lifecycle lifecycle = new Lifecycle(DEVICE);

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> lifecycle.open(lifecycle::enable));

        assertFalse(error instanceof LifecycleException);
        assertEquals(DEVICE + ": enable was called from inside another transition's action; actions must not call"
                + " back into their own lifecycle", error.getMessage());
        assertEquals(LifecycleState.CLOSED, lifecycle.state());
    }

    @Test
    void aDeviceMustBeNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Lifecycle(" "));
        assertEquals("Lifecycle.device must name the device, got a blank name", error.getMessage());
    }

    static Lifecycle lifecycleIn(LifecycleState state) {
        Lifecycle lifecycle = new Lifecycle(DEVICE);
        if (state != LifecycleState.CLOSED) {
            lifecycle.open();
        }
        if (state == LifecycleState.ENABLED) {
            lifecycle.enable();
        }
        assertEquals(state, lifecycle.state());
        return lifecycle;
    }
}
