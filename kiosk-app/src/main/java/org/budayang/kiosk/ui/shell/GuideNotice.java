package org.budayang.kiosk.ui.shell;

import java.time.Clock;
import java.net.URI;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.printing.GuideLinks;
import org.budayang.kiosk.printing.NoticeReceipts;
import org.budayang.kiosk.ui.common.CatalogTexts;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.guide.GuideViewModel;
import org.budayang.kiosk.ui.idle.IdleViewModel;
import org.budayang.kiosk.ui.printing.PrintProgressViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 打印一次性告知单 on a guide: the item's notice on the receipt printer, as a new request. */
final class GuideNotice {
    private static final Logger LOG = LoggerFactory.getLogger(GuideNotice.class);

    private final GuideViewModel guide;
    private final PrintProgressViewModel printing;
    private final IdleViewModel idle;
    private final Messages messages;
    private final NoticeReceipts notices;

    GuideNotice(GuideViewModel guide, PrintProgressViewModel printing, IdleViewModel idle, Messages messages,
            URI central, String siteName, Clock clock) {
        this.guide = guide;
        this.printing = printing;
        this.idle = idle;
        this.messages = messages;
        this.notices = new NoticeReceipts(new CatalogTexts(messages), GuideLinks.central(central), siteName, clock);
    }

    /** Prints the notice of {@code item} when the receipt printer can serve. */
    void print(ServiceItem item) {
        guide.refreshAvailability();
        if (!guide.canPrintNoticeProperty().get()) {
            LOG.debug("一次性告知单 not printed: the receipt printer cannot serve ({})", guide.noticePrinterProperty().get());
            return;
        }
        idle.activity();
        printing.start(notices.request(item), messages.get("print.notice.title"), item.guide().consultationPhone());
    }
}
