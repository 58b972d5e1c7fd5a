package org.budayang.kiosk.ui.reprint;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.service.ServiceDesk.PendingReprint;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/** 您有未打印完成的材料: a layer over home, shown while the offer is; redrawn on each state. */
public final class ReprintView {
    /** 重新打印 is large: a finger-wide target even for 长者模式 (px). */
    private static final double LARGE = 96;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReprintViewModel vm;
    private final Messages messages;
    private final ZoneId zone;
    private final Runnable help;
    private final VBox card = new VBox();
    private final StackPane root;

    /** @param help 呼叫帮办 after a failure (the shell's help) */
    public ReprintView(ReprintViewModel vm, Messages messages, ZoneId zone, Runnable help) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.help = Objects.requireNonNull(help, "help");
        card.getStyleClass().add("reprint");
        card.setSpacing(16);
        root = Dialogs.overlay("reprint", 1000, card);
        root.setVisible(false);
        vm.stateProperty().addListener((obs, old, now) -> redraw());
        vm.progress().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (vm.stateProperty().get() == ReprintState.PRINTING) {
                redraw();
            }
        });
    }

    private void redraw() {
        ReprintState s = vm.stateProperty().get();
        root.setVisible(s.shown());
        card.getChildren().clear();
        if (!s.shown()) {
            return;
        }
        card.getChildren().add(Widgets.line(messages.get("reprint.title"), "dialog-title"));
        switch (s) {
            case OFFERED -> {
                for (PendingReprint p : vm.pending()) {
                    card.getChildren().add(Widgets.text(messages.get("reprint.document", p.title(),
                            TIME.format(p.requestedAt().atZone(zone))), "dialog-text", "reprint-document"));
                    Button print = Widgets.button(messages.get("reprint.print"), () -> vm.reprint(p),
                            "primary-button", "reprint-print");
                    print.setId("reprint-print-" + p.transactionId());
                    print.setMinHeight(LARGE);
                    print.setMaxWidth(Double.MAX_VALUE);
                    card.getChildren().add(print);
                }
                Button no = Widgets.button(messages.get("reprint.decline"), vm::decline, "kiosk-button");
                no.setId("reprint-decline");
                card.getChildren().add(no);
            }
            case PRINTING -> vm.progress().forEach(line -> card.getChildren().add(Widgets.line(line,
                    "reprint-progress")));
            case PRINTED -> {
                card.getChildren().add(Widgets.text(messages.get("reprint.take", vm.messageProperty().get()),
                        "dialog-text", "reprint-take"));
                Button ok = Widgets.button(messages.get("reprint.ok"), vm::next, "primary-button");
                ok.setId("reprint-ok");
                card.getChildren().add(ok);
            }
            case FAILED -> {
                card.getChildren().add(Widgets.text(vm.messageProperty().get(), "dialog-text", "reprint-failed"));
                Button call = Widgets.button(messages.get("reprint.help"), () -> {
                    vm.decline();
                    help.run();
                }, "primary-button");
                call.setId("reprint-help");
                Button no = Widgets.button(messages.get("reprint.decline"), vm::decline, "kiosk-button");
                no.setId("reprint-decline");
                card.getChildren().addAll(call, no);
            }
            default -> { }
        }
    }

    public Parent root() {
        return root;
    }
}
