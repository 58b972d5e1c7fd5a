package org.budayang.driver.printer.receipts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.budayang.driver.printer.Receipt;

/**
 * 一次性告知单 (summary): every material still needed for an item, listed at once, with where and when to hand
 * them in and a QR code to the full guide (办事指南). Carries no personal data.
 *
 * @param itemName  事项名称
 * @param materials 所需材料, 1 to 30 entries in order
 * @param where     办理地点
 * @param when      办理时间, e.g. 工作日 9:00-17:00
 * @param guideUrl  the full guide's address, put into the QR code
 * @param issuedAt  when the notice was printed
 */
public record DisclosureNotice(String itemName, List<String> materials, String where, String when, String guideUrl,
                               LocalDateTime issuedAt) {
    private static final String T = "DisclosureNotice";

    public DisclosureNotice {
        itemName = Check.text(T, "itemName", itemName, 60);
        Objects.requireNonNull(materials, T + ".materials is required");
        if (materials.isEmpty() || materials.size() > 30) {
            throw new IllegalArgumentException(T + ".materials must list 1 to 30 materials, got " + materials.size());
        }
        for (int i = 0; i < materials.size(); i++) {
            Check.text(T, "materials[" + i + "]", materials.get(i), 100);
        }
        materials = materials.stream().map(String::strip).toList();
        where = Check.text(T, "where", where, 80);
        when = Check.text(T, "when", when, 60);
        guideUrl = Check.url(T, "guideUrl", guideUrl);
        Objects.requireNonNull(issuedAt, T + ".issuedAt is required");
    }

    public Receipt toReceipt() {
        Receipt.Builder builder = Receipt.builder()
                .heading("一次性告知单")
                .centred(itemName)
                .rule()
                .text("办理本事项需提供以下材料（共" + materials.size() + "项）：");
        for (int i = 0; i < materials.size(); i++) {
            builder.text((i + 1) + ". " + materials.get(i));
        }
        return builder.rule()
                .pair("办理地点", where)
                .pair("办理时间", when)
                .pair("告知时间", AcceptanceReceipt.MINUTE.format(issuedAt))
                .qr(guideUrl)
                .centred("扫码查看完整办事指南")
                .feed(1)
                .cut()
                .build();
    }

    @Override
    public String toString() {
        return "DisclosureNotice[" + itemName + ", " + materials.size() + " materials]";
    }
}
