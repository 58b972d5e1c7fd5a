package org.budayang.kiosk.ui.fleet;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.budayang.kiosk.ui.shell.KioskShell;
import org.budayang.kiosk.ui.shell.Screen;

/**
 * What fleet operations read of the shell from other threads: the current screen's name for the heartbeat
 * ({@code attract}, {@code home}, …, {@code out-of-service}; never anything a citizen typed) and whether a
 * citizen's session is open. Mirrored from the shell's properties on the FX thread; create it there.
 */
public final class ShellWatch {
    /** The heartbeat's screen name while the 暂停服务 screen shows. */
    public static final String OUT_OF_SERVICE = "out-of-service";

    private final AtomicReference<String> screen = new AtomicReference<>("attract");
    private final AtomicBoolean session = new AtomicBoolean();

    public ShellWatch(KioskShell shell) {
        Runnable mirror = () -> {
            Screen now = shell.viewModel().screenProperty().get();
            session.set(now != Screen.ATTRACT);
            screen.set(shell.outOfService().showingProperty().get() ? OUT_OF_SERVICE
                    : now.name().toLowerCase(Locale.ROOT));
        };
        shell.viewModel().screenProperty().addListener((obs, old, now) -> mirror.run());
        shell.outOfService().showingProperty().addListener((obs, old, now) -> mirror.run());
        mirror.run();
    }

    public String screen() {
        return screen.get();
    }

    public boolean sessionOpen() {
        return session.get();
    }
}
