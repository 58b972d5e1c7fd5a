package org.budayang.kiosk.ui.guide;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budayang.api.catalog.ItemGuide;
import org.budayang.api.catalog.Material;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.availability.ItemAvailability;
import org.budayang.kiosk.ui.common.AvailabilityLine;
import org.budayang.kiosk.ui.common.CatalogTexts;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/** Builds the blocks of a 办事指南 from an item; every element of DOMAIN.md has its block. */
final class GuideSections {
    private final CatalogTexts texts;
    private final Messages messages;

    GuideSections(CatalogTexts texts) {
        this.texts = texts;
        this.messages = texts.messages();
    }

    Node header(ServiceItem item) {
        VBox box = new VBox();
        box.setSpacing(10);
        Label name = Widgets.text(item.name(), "guide-title");
        name.setId("guide-title");
        box.getChildren().add(name);
        FlowPane badges = new FlowPane(12, 8);
        if (item.deferredAcceptance()) {
            badges.getChildren().add(Widgets.text(messages.get("guide.badge.deferred"), "badge"));
        }
        if (item.commitmentNotice()) {
            badges.getChildren().add(Widgets.text(messages.get("guide.badge.commitment"), "badge"));
        }
        if (!badges.getChildren().isEmpty()) {
            box.getChildren().add(badges);
        }
        box.getChildren().add(Widgets.text(messages.get("guide.department_agency",
                texts.department(item.department()), item.agency()), "section-text"));
        box.getChildren().add(Widgets.text(messages.get("guide.codes", item.basicCode(), item.implementationCode()),
                "guide-codes"));
        return box;
    }

    Node availability(ServiceItem item, ItemAvailability a) {
        List<Node> lines = new ArrayList<>();
        for (AvailabilityLine line : texts.availabilityLines(item, a)) {
            Label mark = Widgets.text(messages.get(line.ok() ? "availability.ok_mark" : "availability.bad_mark"),
                    "availability-mark", line.ok() ? "status-ok" : "status-bad");
            mark.setMinWidth(40);
            Label text = Widgets.text(line.text(), "section-text", line.ok() ? "status-ok" : "status-bad");
            HBox row = new HBox(12, mark, text);
            row.getStyleClass().add(line.ok() ? "availability-ok" : "availability-bad");
            HBox.setHgrow(text, Priority.ALWAYS);
            lines.add(row);
        }
        VBox card = Widgets.section(messages.get("availability.title"), lines.toArray(Node[]::new));
        card.getStyleClass().setAll("availability-card");
        card.setId("availability-card");
        return card;
    }

    Node conditions(ItemGuide g) {
        return Widgets.section(messages.get("guide.conditions"), bullets(g.conditions()));
    }

    Node materials(ItemGuide g) {
        List<Node> rows = new ArrayList<>();
        if (g.materials().isEmpty()) {
            rows.add(Widgets.text(messages.get("guide.materials.none"), "section-text"));
        }
        int n = 1;
        for (Material m : g.materials()) {
            rows.add(Widgets.text(n++ + ". " + texts.material(m), "section-text"));
            if (!m.note().isEmpty()) {
                rows.add(Widgets.text(m.note(), "section-note"));
            }
        }
        return Widgets.section(messages.get("guide.materials"), rows.toArray(Node[]::new));
    }

    Node process(ItemGuide g) {
        List<Node> rows = new ArrayList<>();
        int n = 1;
        for (String step : g.process()) {
            rows.add(Widgets.text(n++ + ". " + step, "section-text"));
        }
        return Widgets.section(messages.get("guide.process"), rows.toArray(Node[]::new));
    }

    Node timeLimits(ItemGuide g) {
        return Widgets.section(messages.get("guide.time_limits"),
                Widgets.text(messages.get("guide.time_limit.legal", texts.timeLimit(g.timeLimits().legalWorkingDays())),
                        "section-text"),
                Widgets.text(messages.get("guide.time_limit.promised",
                        texts.timeLimit(g.timeLimits().promisedWorkingDays())), "section-text"));
    }

    Node visits(ItemGuide g) {
        return Widgets.section(messages.get("guide.visits"), Widgets.text(texts.visits(g.onSiteVisits()),
                "section-text"));
    }

    Node fee(ItemGuide g) {
        return Widgets.section(messages.get("guide.fee"), Widgets.text(g.fee(), "section-text"));
    }

    Node location(ItemGuide g) {
        return Widgets.section(messages.get("guide.location"), Widgets.text(g.location(), "section-text"));
    }

    Node hours(ItemGuide g) {
        return Widgets.section(messages.get("guide.hours"), Widgets.text(g.hours(), "section-text"));
    }

    Node phones(ItemGuide g) {
        return Widgets.section(messages.get("guide.phones"),
                Widgets.text(messages.get("guide.consultation_phone", g.consultationPhone()), "section-text"),
                Widgets.text(messages.get("guide.complaint_phone", g.complaintPhone()), "section-text"));
    }

    Node legalBasis(ItemGuide g) {
        return Widgets.section(messages.get("guide.legal_basis"), Widgets.text(g.legalBasis(), "section-text"));
    }

    private static Node[] bullets(List<String> lines) {
        return lines.stream().map(l -> Widgets.text("• " + l, "section-text")).toArray(Node[]::new);
    }
}
