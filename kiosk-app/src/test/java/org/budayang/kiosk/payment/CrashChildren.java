package org.budayang.kiosk.payment;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.budayang.kiosk.service.CrashChildProcess;

/**
 * Runs a {@link PaymentCrashChild} (a headless kiosk in its own JVM) and reads what it says ({@code @@ } lines); with
 * {@code kill} it is killed with SIGKILL as soon as it says {@code POINT <point>}.
 */
final class CrashChildren {
    private CrashChildren() {
    }

    /**
     * @param dir     the kiosk's data dir (also where the child's stderr is kept)
     * @param central the child's central argument (a URL, or {@code fleet:<dir>} for the real central)
     */
    static List<String> run(Path dir, String central, int printerPort, String acceptorPort, String scenario,
                            String point, boolean kill, Consumer<String> onLine) throws Exception {
        return CrashChildProcess.run(PaymentCrashChild.class, List.of(dir.toString(), central,
                Integer.toString(printerPort), acceptorPort, scenario, point),
                dir.resolve("child-" + scenario + "-" + point + ".err"), scenario + " " + point,
                kill ? line -> line.equals("POINT " + point) : null, onLine);
    }
}
