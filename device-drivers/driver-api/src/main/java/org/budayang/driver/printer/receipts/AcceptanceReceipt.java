package org.budayang.driver.printer.receipts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.budayang.driver.idcard.IdNumbers;
import org.budayang.driver.idcard.NameMask;
import org.budayang.driver.printer.Receipt;

/**
 * 受理凭证 (收件即受理): what a citizen takes home when the kiosk has accepted an application. The name and ID
 * number are printed masked (张*三, {@code 620102********0034}); the QR code leads to the status page.
 *
 * @param department        受理部门, e.g. 兰州市公安局城关分局
 * @param itemName          事项名称
 * @param applicationNumber 办件编号
 * @param applicantName     the applicant's name (printed masked)
 * @param applicantIdNumber the applicant's ID number (printed masked)
 * @param acceptedAt        受理时间
 * @param promisedBy        承诺办结日期, not before the day of acceptance
 * @param statusUrl         the progress query address, put into the QR code
 */
public record AcceptanceReceipt(String department, String itemName, String applicationNumber, String applicantName,
                                String applicantIdNumber, LocalDateTime acceptedAt, LocalDate promisedBy,
                                String statusUrl) {
    private static final String T = "AcceptanceReceipt";
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public AcceptanceReceipt {
        department = Check.text(T, "department", department, 40);
        itemName = Check.text(T, "itemName", itemName, 60);
        applicationNumber = Check.number(T, "applicationNumber", applicationNumber);
        applicantName = Check.name(T, "applicantName", applicantName);
        Objects.requireNonNull(applicantIdNumber, T + ".applicantIdNumber is required");
        IdNumbers.problem(applicantIdNumber).ifPresent(problem -> {
            throw new IllegalArgumentException(T + ".applicantIdNumber " + IdNumbers.mask(applicantIdNumber)
                    + " is not a valid ID number: " + problem);
        });
        Objects.requireNonNull(acceptedAt, T + ".acceptedAt is required");
        Objects.requireNonNull(promisedBy, T + ".promisedBy is required");
        if (promisedBy.isBefore(acceptedAt.toLocalDate())) {
            throw new IllegalArgumentException(T + ".promisedBy " + promisedBy + " is before the acceptance day "
                    + acceptedAt.toLocalDate());
        }
        statusUrl = Check.url(T, "statusUrl", statusUrl);
    }

    public Receipt toReceipt() {
        return Receipt.builder()
                .heading("受理凭证")
                .centred(department)
                .rule()
                .pair("办件编号", applicationNumber)
                .pair("事项名称", itemName)
                .pair("申请人", NameMask.mask(applicantName))
                .pair("证件号码", IdNumbers.mask(applicantIdNumber))
                .pair("受理时间", MINUTE.format(acceptedAt))
                .pair("承诺办结", promisedBy.toString())
                .rule()
                .text("您的申请已受理（收件即受理）。请凭办件编号或扫描下方二维码查询办理进度。")
                .qr(statusUrl)
                .centred("扫码查询办理进度")
                .centred("请妥善保管本凭证")
                .feed(1)
                .cut()
                .build();
    }

    @Override
    public String toString() {
        return "AcceptanceReceipt[" + applicationNumber + ", " + itemName + "]";
    }
}
