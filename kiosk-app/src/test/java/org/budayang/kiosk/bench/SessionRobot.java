package org.budayang.kiosk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.flow.FlowState;
import org.budayang.kiosk.ui.shell.Screen;

/**
 * One complete citizen session through the kiosk UI: the item opened, 开始办理, 身份证, demo card 1 placed on the
 * emulated reader, the face captured and checked by central, then each tap a visible button of the drawn screen
 * fired on the FX thread (what a touch's release does), through printing and 好差评 to 返回首页; the card removed
 * and the session finished (wiped). Remembers the names of the taps after the card was placed.
 */
final class SessionRobot {
    static final String INSURANCE_PROOF = "社会保险个人参保证明打印";
    static final String MEDICAL_VOUCHER = "基本医疗保险参保凭证打印";
    static final String RIGHTS_RECORD = "社会保险个人权益记录查询";
    private static final CardEvent PLACED = new CardEvent(CardEvent.Type.PLACED, Instant.EPOCH);
    private static final long WAIT_SECONDS = 30;

    private final BenchKiosk kiosk;
    final List<String> tapsAfterCard = new ArrayList<>();
    final List<String> tapsBeforeCard = new ArrayList<>();

    SessionRobot(BenchKiosk kiosk) {
        this.kiosk = kiosk;
    }

    /** Runs one session of {@code item}; throws (naming where it stopped) when the session did not complete. */
    void session(String item) throws Exception {
        tapsAfterCard.clear();
        tapsBeforeCard.clear();
        fx(() -> {
            kiosk.vm.start();
            kiosk.vm.openItem(kiosk.item(item));
        });
        tapsBeforeCard.add("开始办理");
        fx(kiosk.vm::startItem);
        await("the identify screen", () -> kiosk.vm.screenProperty().get() == Screen.IDENTIFY);
        tapsBeforeCard.add("身份证");
        fx(() -> kiosk.vm.identificationChoice().choose(IdentificationWay.ID_CARD));
        kiosk.reader.emulator.place(ReaderRig.ZHANG_SAN);
        fx(() -> kiosk.vm.cardEvent(PLACED));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (kiosk.vm.screenProperty().get() != Screen.FLOW) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("no flow screen after the card and the face; screen "
                        + kiosk.vm.screenProperty().get());
            }
            kiosk.showFace();
            Thread.sleep(20);
        }
        await("the flow ready", () -> kiosk.vm.flow().status().stateProperty().get() == FlowState.READY);
        // a query step (CONFIRM) runs as soon as the flow starts; READY may be the choose step still being built
        switch (item) {
            case INSURANCE_PROOF -> choose("参保证明", "2026");
            case MEDICAL_VOUCHER -> choose("参保凭证", "2026");
            case RIGHTS_RECORD -> {
                drawn("#flow-next");
                tap("下一步", "#flow-next", null);
            }
            default -> throw new IllegalArgumentException("the robot has no script for " + item);
        }
        drawn("#flow-rate-VERY_SATISFIED");
        tap("非常满意", "#flow-rate-VERY_SATISFIED", null);
        drawn("#flow-home");
        tap("返回首页", "#flow-home", null);
        await("the home screen", () -> kiosk.vm.screenProperty().get() == Screen.HOME);
        kiosk.reader.emulator.remove();
        fx(kiosk.vm::finish);
    }

    /** After a failed session: the card off the reader and the session wiped, as the idle timeout would. */
    void reset() throws Exception {
        kiosk.reader.emulator.remove();
        fx(kiosk.vm::finish);
    }

    private void choose(String kind, String year) throws Exception {
        drawn(".flow-choice");
        tap(kind, ".flow-choice", kind);
        tap(year, ".flow-choice", year);
        await("the form complete", () -> kiosk.vm.flow().form().completeProperty().get());
        tap("下一步", "#flow-next", null);
    }

    private void tap(String name, String selector, String text) throws Exception {
        drawn(selector);
        fx(() -> fire(selector, text));
        tapsAfterCard.add(name);
    }

    private void fire(String selector, String text) {
        for (Node n : kiosk.scene.getRoot().lookupAll(selector)) {
            if (n instanceof ButtonBase b && b.isVisible() && !b.isDisabled()
                    && (text == null || text.equals(((Labeled) n).getText()))) {
                b.fire();
                return;
            }
        }
        throw new IllegalStateException("no visible enabled " + selector + (text == null ? "" : " '" + text + "'")
                + " on screen " + kiosk.vm.screenProperty().get());
    }

    /** Waits until a pulse has drawn {@code selector} (the citizen sees it before tapping it). */
    private void drawn(String selector) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            CompletableFuture<Boolean> found = new CompletableFuture<>();
            Platform.runLater(() -> found.complete(kiosk.scene.getRoot().lookupAll(selector).stream()
                    .anyMatch(n -> n.isVisible() && !n.isDisabled())));
            if (found.get(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException(selector + " was not drawn within " + WAIT_SECONDS + " s; screen "
                        + kiosk.vm.screenProperty().get() + ", flow " + kiosk.vm.flow().status().stateProperty().get());
            }
            Thread.sleep(10);
        }
    }

    private static void fx(Runnable task) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                task.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private void await(String what, BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("waited " + WAIT_SECONDS + " s for " + what + "; screen "
                        + kiosk.vm.screenProperty().get() + ", flow " + kiosk.vm.flow().status().stateProperty().get()
                        + " at " + kiosk.vm.flow().status().stepProperty().get() + ": "
                        + kiosk.vm.flow().status().messageProperty().get());
            }
            Thread.sleep(5);
        }
    }
}
