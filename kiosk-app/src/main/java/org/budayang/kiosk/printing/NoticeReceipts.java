package org.budayang.kiosk.printing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.budayang.api.catalog.ItemGuide;
import org.budayang.api.catalog.Material;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.printer.Receipt;
import org.budayang.kiosk.ui.common.CatalogTexts;
import org.budayang.kiosk.ui.common.Messages;

/**
 * The 一次性告知单 summary of an item as a receipt (DOMAIN.md: 一次性告知 — every material at once, in
 * writing): conditions, all materials, time limits, visits, fee, place, hours, phones, and a QR to the whole
 * guide. Guide content only: no citizen data is ever on it. The texts come from the kiosk's bundles.
 *
 * <p>This is the whole item's notice, built from the catalogue entry with the kiosk's texts; driver-api's
 * {@code org.budayang.driver.printer.receipts.DisclosureNotice} is the other 一次性告知单: the materials still missing
 * for one citizen's application (issue #7).
 */
public final class NoticeReceipts {
    private static final DateTimeFormatter PRINTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CatalogTexts texts;
    private final Messages messages;
    private final GuideLinks links;
    private final String siteName;
    private final Clock clock;

    /**
     * @param texts    the kiosk's texts (labels, material lines)
     * @param links    where the QR points
     * @param siteName printed at the foot (the hall, never a person)
     * @param clock    for the print time, in the site's zone
     */
    public NoticeReceipts(CatalogTexts texts, GuideLinks links, String siteName, Clock clock) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.messages = texts.messages();
        this.links = Objects.requireNonNull(links, "links");
        this.siteName = Objects.requireNonNull(siteName, "siteName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Where the QR of {@code item}'s notice points (also the "用手机查看" link when printing fails). */
    public GuideLinks links() {
        return links;
    }

    /** A new request (new job id) to print {@code item}'s notice. */
    public PrintRequest request(ServiceItem item) {
        return PrintRequest.receipt(PrintService.newJobId("notice"), receipt(item), links.link(item));
    }

    /** The notice of {@code item}. */
    public Receipt receipt(ServiceItem item) {
        Objects.requireNonNull(item, "item");
        ItemGuide g = item.guide();
        Receipt.Builder r = Receipt.builder()
                .heading(messages.get("print.notice.title"))
                .centred(item.name())
                .rule()
                .pair(messages.get("print.receipt.code"), item.implementationCode())
                .pair(messages.get("print.receipt.agency"), item.agency())
                .rule()
                .text(messages.get("print.receipt.section", messages.get("guide.conditions")), BOLD);
        for (String condition : g.conditions()) {
            r.text("• " + condition);
        }
        r.text(messages.get("print.receipt.section", messages.get("print.receipt.materials_all")), BOLD);
        if (g.materials().isEmpty()) {
            r.text(messages.get("guide.materials.none"));
        }
        int n = 1;
        for (Material m : g.materials()) {
            r.text(n++ + ". " + texts.material(m));
            if (!m.note().isEmpty()) {
                r.text("   " + m.note());
            }
        }
        r.rule()
                .pair(messages.get("print.receipt.legal_limit"), texts.timeLimit(g.timeLimits().legalWorkingDays()))
                .pair(messages.get("print.receipt.promised_limit"),
                        texts.timeLimit(g.timeLimits().promisedWorkingDays()))
                .pair(messages.get("guide.visits"), texts.visits(g.onSiteVisits()))
                .pair(messages.get("guide.fee"), g.fee())
                .pair(messages.get("guide.location"), g.location())
                .pair(messages.get("guide.hours"), g.hours())
                .pair(messages.get("print.receipt.consultation"), g.consultationPhone())
                .pair(messages.get("print.receipt.complaint"), g.complaintPhone())
                .rule()
                .centred(messages.get("print.receipt.scan"))
                .qr(links.link(item).toString())
                .centred(siteName)
                .centred(messages.get("print.receipt.printed_at", PRINTED_AT.format(LocalDateTime.now(clock))))
                .feed(3)
                .cut();
        return r.build();
    }

    private static final Receipt.Style BOLD = new Receipt.Style(Receipt.Align.LEFT, true, false, false, false);
}
