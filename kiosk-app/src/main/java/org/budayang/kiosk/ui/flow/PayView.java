package org.budayang.kiosk.ui.flow;

import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.kiosk.payment.PaymentReceipts;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;
import org.budayang.kiosk.ui.printing.QrImages;

/**
 * The PAY step's body ({@link PayModel}): one node for the flow's life, its content redrawn when the phase changes,
 * the amounts bound (so a credit shows without a redraw); 取消 on the cash and QR screens, 呼叫帮办 on every one; a
 * one-second timeline drives the QR's countdown while it shows.
 */
final class PayView {
    private final FlowEngine vm;
    private final PayModel pay;
    private final Messages messages;
    private final VBox root = new VBox();
    private final Timeline ticker;

    PayView(FlowEngine vm, Messages messages) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.pay = vm.pay();
        this.messages = Objects.requireNonNull(messages, "messages");
        root.setId("pay");
        root.getStyleClass().add("flow-section");
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> pay.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        pay.phaseProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    Node root() {
        return root;
    }

    private void redraw() {
        PayPhase phase = pay.phaseProperty().get();
        if (phase == PayPhase.QR) {
            ticker.play();
        } else {
            ticker.stop();
        }
        Node body = switch (phase) {
            case LOADING -> big(messages.get("pay.loading"), "pay-working");
            case WORKING -> big(pay.messageProperty().get(), "pay-working");
            case CHOOSE -> choose();
            case CASH -> cash();
            case QR -> qr();
            case PAID -> paid();
            case REFUNDED -> refunded();
            case CANCELLED -> cancelled();
            case PENDING -> pending();
        };
        root.getChildren().setAll(body);
    }

    private Node choose() {
        VBox box = new VBox();
        Bill bill = pay.billProperty().get();
        if (bill != null) {
            box.getChildren().add(Widgets.text(messages.get("pay.subject", bill.subject()), "flow-text"));
            box.getChildren().add(Widgets.text(messages.get("pay.payee", bill.payee()), "flow-text"));
            for (Bill.BillLine line : bill.lines()) {
                box.getChildren().add(Widgets.text(messages.get("pay.line", line.label(),
                        PaymentReceipts.yuan(line.amountFen())), "flow-text"));
            }
            Label total = Widgets.text(messages.get("pay.total", PaymentReceipts.yuan(bill.amountFen())), "flow-big");
            total.setId("pay-total");
            box.getChildren().add(total);
        }
        if (!pay.messageProperty().get().isEmpty()) {
            Label why = Widgets.text(pay.messageProperty().get(), "flow-message", "flow-bad");
            why.setId("pay-message");
            box.getChildren().add(why);
        }
        HBox methods = new HBox(method("pay-cash", messages.get("pay.cash"), pay.cashReasonProperty().get(),
                pay::chooseCash), method("pay-qr", messages.get("pay.qr"), pay.qrReasonProperty().get(),
                pay::chooseQr));
        methods.getStyleClass().add("flow-actions");
        box.getChildren().addAll(methods, buttons(false));
        return box;
    }

    private Node method(String id, String text, String reason, Runnable action) {
        Button button = Widgets.button(text, action, "primary-button", "flow-action");
        button.setId(id);
        button.setDisable(pay.billProperty().get() == null || !reason.isEmpty());
        Label why = Widgets.text(reason, "flow-text", "flow-bad");
        why.setId(id + "-reason");
        why.setVisible(!reason.isEmpty());
        return new VBox(button, why);
    }

    private Node cash() {
        PaymentOrder order = pay.orderProperty().get();
        Label due = Widgets.text(messages.get("pay.cash.due", PaymentReceipts.yuan(order.amountFen())), "flow-big");
        Label inserted = Widgets.text("", "flow-big");
        inserted.setId("pay-inserted");
        inserted.textProperty().bind(Bindings.createStringBinding(() -> messages.get("pay.cash.inserted",
                PaymentReceipts.yuan(pay.creditedProperty().get())), pay.creditedProperty()));
        Label remaining = Widgets.text("", "flow-big");
        remaining.setId("pay-remaining");
        remaining.textProperty().bind(Bindings.createStringBinding(() -> messages.get("pay.cash.remaining",
                PaymentReceipts.yuan(pay.remainingProperty().get())), pay.remainingProperty()));
        Label rejected = Widgets.text("", "flow-message", "flow-bad");
        rejected.setId("pay-rejected");
        rejected.textProperty().bind(pay.rejectedProperty());
        return new VBox(due, inserted, remaining,
                Widgets.text(messages.get("pay.cash.notes", pay.notesProperty().get()), "flow-text"),
                Widgets.text(messages.get("pay.cash.no_change"), "flow-text"), rejected, buttons(true));
    }

    private Node qr() {
        PaymentOrder order = pay.orderProperty().get();
        ImageView code = new ImageView(QrImages.qr(order.qrPayload(), 360));
        code.setId("pay-qr-code");
        Label countdown = Widgets.text("", "flow-text");
        countdown.setId("pay-countdown");
        countdown.textProperty().bind(Bindings.createStringBinding(() -> messages.get("pay.qr.countdown",
                String.valueOf(pay.secondsLeftProperty().get())), pay.secondsLeftProperty()));
        return new VBox(Widgets.text(messages.get("pay.qr.scan", PaymentReceipts.yuan(order.amountFen())),
                "flow-big"), code, countdown, buttons(true));
    }

    private Node paid() {
        PaymentOrder order = pay.orderProperty().get();
        Label done = Widgets.text(messages.get("pay.paid", PaymentReceipts.yuan(order.amountFen())), "flow-big");
        done.setId("pay-paid");
        return new VBox(done, Widgets.text(messages.get("pay.paid.number", order.applicationId()), "flow-number"),
                Widgets.text(messages.get("pay.paid.receipt"), "flow-text"), printProblem(), buttons(false));
    }

    private Node refunded() {
        PaymentOrder order = pay.orderProperty().get();
        Label refund = Widgets.text(messages.get("pay.refund", PaymentReceipts.yuan(order.refund().amountFen())),
                "flow-big");
        refund.setId("pay-refund");
        Label code = Widgets.text(messages.get("pay.refund.code", order.refund().code()), "flow-number");
        code.setId("pay-refund-code");
        return new VBox(refund, code, Widgets.text(messages.get(order.method() == PaymentMethod.CASH
                ? "pay.refund.cash" : "pay.refund.qr"), "flow-text"), printProblem(), buttons(false));
    }

    private Node cancelled() {
        Button again = Widgets.button(messages.get("pay.cash") + " / " + messages.get("pay.qr"), pay::again,
                "flow-action");
        again.setId("pay-again");
        return new VBox(big(pay.messageProperty().get(), "pay-cancelled"), again, buttons(false));
    }

    private Node pending() {
        return new VBox(big(pay.messageProperty().get(), "pay-pending"), buttons(false));
    }

    private Node printProblem() {
        Label problem = Widgets.text("", "flow-message", "flow-bad");
        problem.setId("pay-print-problem");
        problem.textProperty().bind(pay.printProblemProperty());
        return problem;
    }

    /** 取消 (cash and QR screens) and 呼叫帮办 (every screen). */
    private Node buttons(boolean cancel) {
        HBox bar = new HBox();
        bar.getStyleClass().add("flow-actions");
        if (cancel) {
            Button stop = Widgets.button(messages.get("pay.cancel"), pay::cancel, "flow-action");
            stop.setId("pay-cancel");
            bar.getChildren().add(stop);
        }
        Button help = Widgets.button(messages.get("pay.call_help"), () -> vm.assist().askHelp("PAY"), "flow-action");
        help.setId("pay-call-help");
        bar.getChildren().add(help);
        return bar;
    }

    private static Label big(String text, String id) {
        Label label = Widgets.text(text, "flow-big");
        label.setId(id);
        return label;
    }
}
