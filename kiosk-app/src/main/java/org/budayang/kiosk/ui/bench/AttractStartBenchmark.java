package org.budayang.kiosk.ui.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --exit-after-attract}: once the attract screen has been rendered (the second frame after
 * the stage is shown: the first frame's pulse renders it), logs
 * {@code BENCH attract_shown_ms=<ms since JVM start>} and leaves.
 */
public final class AttractStartBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(AttractStartBenchmark.class);

    private AttractStartBenchmark() {
    }

    /** Call on the FX thread right after the stage is shown. */
    public static void run(Runnable exit) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) {
                    return;
                }
                stop();
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                LOG.info("BENCH attract_shown_ms={}", ms);
                exit.run();
            }
        }.start();
    }
}
