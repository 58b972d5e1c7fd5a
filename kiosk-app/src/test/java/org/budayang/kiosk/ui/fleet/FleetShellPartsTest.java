package org.budayang.kiosk.ui.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleBooleanProperty;
import org.budayang.kiosk.fleet.commands.ShellCommandException;
import org.budayang.kiosk.ui.paused.OutOfServiceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the remote shell that need no screen: the 暂停服务 state and the masked log tail. */
class FleetShellPartsTest {
    @TempDir
    Path dir;

    @Test
    void outOfServiceWaitsForTheOpenSessionToEnd() {
        SimpleBooleanProperty idle = new SimpleBooleanProperty(false);
        OutOfServiceViewModel vm = new OutOfServiceViewModel(idle);
        vm.takeOutOfService("  设备维护中  ");
        assertTrue(vm.pausedProperty().get());
        assertFalse(vm.showingProperty().get(), "a citizen's session is open: it finishes first");
        assertEquals("设备维护中", vm.messageProperty().get());
        idle.set(true);
        assertTrue(vm.showingProperty().get(), "shown as soon as the session ends");
        vm.backInService();
        assertFalse(vm.showingProperty().get());
        assertEquals("", vm.messageProperty().get());
        assertThrows(IllegalArgumentException.class, () -> vm.takeOutOfService("维".repeat(201)));
    }

    @Test
    void theLogTailIsMaskedAndCutAtALineStart() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("2026-11-27 10:00:00 INFO line ").append(i).append(" ok\n");
        }
        text.append("2026-11-27 10:00:01 WARN card 620102195803150034 read; order 12345678901234567890 kept\n");
        Files.writeString(logs.resolve("kiosk.log"), text, StandardCharsets.UTF_8);
        String tail = new String(new LogCollector(logs).collect(), StandardCharsets.UTF_8);
        assertTrue(tail.length() <= LogCollector.MAX_BYTES);
        assertTrue(tail.startsWith("2026-11-27 10:00:00 INFO line "), tail.substring(0, 60));
        assertTrue(tail.contains("card 620102********0034 read"), "the ID number is masked");
        assertFalse(tail.contains("195803150034"));
        assertTrue(tail.contains("order 12345678901234567890 kept"), "a 20-digit number is no ID number");

        ShellCommandException missing = assertThrows(ShellCommandException.class,
                () -> new LogCollector(dir.resolve("nowhere")).collect());
        assertEquals("LOG_MISSING", missing.code());
    }
}
