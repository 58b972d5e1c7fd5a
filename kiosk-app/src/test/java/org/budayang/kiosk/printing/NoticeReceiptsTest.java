package org.budayang.kiosk.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.budayang.api.catalog.Material;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.printer.Receipt;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.ui.common.CatalogTexts;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.Test;

class NoticeReceiptsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final NoticeReceipts notices = new NoticeReceipts(new CatalogTexts(Messages.load(Locale.SIMPLIFIED_CHINESE)),
            GuideLinks.central(URI.create("http://127.0.0.1:8080/")), "城关区政务服务中心", CLOCK);
    private final ServiceItem transfer = TestCatalogs.item(TestCatalogs.MEDICAL_TRANSFER);

    private static String text(Receipt r) {
        StringBuilder b = new StringBuilder();
        for (Receipt.Element e : r.elements()) {
            if (e instanceof Receipt.Text t) {
                b.append(t.text()).append('\n');
            } else if (e instanceof Receipt.Pair p) {
                b.append(p.label()).append(": ").append(p.value()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void theNoticeListsEveryMaterialAtOnceAndEndsWithAQrToTheGuideAndACut() {
        Receipt r = notices.receipt(transfer);
        String text = text(r);
        assertTrue(text.startsWith("一次性告知单\n异地就医备案\n"), text);
        for (Material m : transfer.guide().materials()) {
            assertTrue(text.contains(m.name()), m.name() + " missing from\n" + text);
        }
        assertTrue(text.contains("可容缺后补"), text);
        assertTrue(text.contains("【申请材料（请一次备齐）】"), text);
        assertTrue(text.contains("咨询电话: " + transfer.guide().consultationPhone()), text);
        assertTrue(text.contains("打印时间：2026-11-26 10:30"), text);
        List<Receipt.Qr> qrs = r.elements().stream().filter(Receipt.Qr.class::isInstance).map(Receipt.Qr.class::cast)
                .toList();
        assertEquals(1, qrs.size());
        assertEquals("http://127.0.0.1:8080/api/v1/catalog?item=620102-YB01-QT00052001", qrs.get(0).payload());
        assertTrue(r.elements().get(r.elements().size() - 1) instanceof Receipt.Cut);
    }

    @Test
    void eachRequestIsANewJobWithTheGuideAsTheOtherWay() {
        PrintRequest a = notices.request(transfer);
        PrintRequest b = notices.request(transfer);
        assertTrue(!a.jobId().equals(b.jobId()), "one job id per citizen request");
        assertEquals(PrintTarget.RECEIPT, a.target());
        assertEquals(URI.create("http://127.0.0.1:8080/api/v1/catalog?item=620102-YB01-QT00052001"), a.anotherWay());
    }

    @Test
    void guideLinksRefuseWhatAPhoneCannotOpen() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GuideLinks(URI.create("ftp://x/guide")));
        assertTrue(e.getMessage().contains("ftp://x/guide"), e.getMessage());
        assertEquals(URI.create("https://zwfw.gansu.gov.cn/guide?item=620102-YB01-QT00052001"),
                new GuideLinks(URI.create("https://zwfw.gansu.gov.cn/guide")).link(transfer));
    }
}
