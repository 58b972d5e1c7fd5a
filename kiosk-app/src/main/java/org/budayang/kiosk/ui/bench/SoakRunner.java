package org.budayang.kiosk.ui.bench;

import java.lang.management.ManagementFactory;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.scene.Parent;
import org.budayang.api.catalog.Department;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --soak-rounds N}: N scripted navigation rounds, one per frame (attract → home → each
 * department → its first item's guide → back → back → 首页 → theme switch → idle wipe), with CSS and
 * layout applied after every step so the screens' nodes are really built. At round 100 and round N it
 * runs the GC twice and logs {@code BENCH soak_round=<r> heap_used_bytes=<used>}; after N it leaves.
 */
public final class SoakRunner extends AnimationTimer {
    private static final Logger LOG = LoggerFactory.getLogger(SoakRunner.class);
    static final int FIRST_MEASURED_ROUND = 100;

    private final ShellViewModel vm;
    private final Parent root;
    private final int rounds;
    private final Runnable exit;
    private int round;

    public SoakRunner(ShellViewModel vm, Parent root, int rounds, Runnable exit) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.root = Objects.requireNonNull(root, "root");
        if (rounds < 1) {
            throw new IllegalArgumentException("SoakRunner needs at least 1 round, got " + rounds);
        }
        this.rounds = rounds;
        this.exit = Objects.requireNonNull(exit, "exit");
    }

    @Override
    public void handle(long now) {
        round++;
        runRound();
        if (round == FIRST_MEASURED_ROUND || round == rounds) {
            measure();
        }
        if (round == rounds) {
            stop();
            LOG.info("Soak of {} rounds finished", rounds);
            exit.run();
        }
    }

    /** One navigation round; public for the test that checks it ends on attract with nothing kept. */
    public void runRound() {
        vm.start();
        settle();
        for (Department d : Department.values()) {
            vm.openDepartment(d);
            settle();
            if (!vm.department().visibleItems().isEmpty()) {
                vm.openItem(vm.department().visibleItems().get(0).item());
                settle();
                vm.back();
                settle();
            }
            vm.back();
            settle();
        }
        vm.goHome();
        vm.toggleTheme();
        settle();
        vm.idle().expireNow();
        settle();
    }

    private void settle() {
        root.applyCss();
        root.layout();
    }

    private void measure() {
        System.gc();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        LOG.info("BENCH soak_round={} heap_used_bytes={}", round, used);
    }
}
