package org.budayang.central.payments.bills;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.payments.Bill;
import org.budayang.central.connectors.PublicSecurityConnector;
import org.budayang.central.connectors.PublicSecurityConnector.TrafficViolation;
import org.budayang.central.web.ApiException;

/**
 * 交通违法罚款: the fine of an unpaid violation of the payer, plus 加处罚款 as the catalogue's fee text says: from the
 * day after the {@value #DAYS_TO_PAY}-day payment period (counted from the decision, which the sandbox dates on the
 * day of the violation) 3% of the fine per day, never more than the fine itself (《行政处罚法》第七十二条).
 */
public final class TrafficFineRule implements FeeRule {
    public static final int DAYS_TO_PAY = 15;
    public static final int SURCHARGE_PERCENT_PER_DAY = 3;

    private final PublicSecurityConnector publicSecurity;

    public TrafficFineRule(PublicSecurityConnector publicSecurity) {
        this.publicSecurity = publicSecurity;
    }

    @Override
    public Fee compute(ServiceItem item, String payer, Map<String, String> params, LocalDate today) {
        String decisionNo = params.get("decisionNo");
        if (decisionNo == null || !decisionNo.strip().matches("[0-9A-Za-z]{6,24}")) {
            throw new ApiException(400, "DECISION_NO_INVALID", "params.decisionNo '" + shorten(decisionNo) + "' is not "
                    + "a 处罚决定书编号 (6-24 letters or digits); send the decisionNo of one of the payer's violations "
                    + "(POST /api/v1/queries lists them)", "处罚决定书编号有误，请核对后重试。");
        }
        String wanted = decisionNo.strip();
        TrafficViolation violation = publicSecurity.trafficViolations(payer).stream()
                .filter(v -> v.decisionNo().equals(wanted)).findFirst()
                .orElseThrow(() -> new ApiException(404, "VIOLATION_NOT_FOUND", "No traffic violation with decisionNo "
                        + wanted + " is recorded for this payer; only the payer's own violations can be paid here",
                        "未找到您名下该处罚决定书的违法记录，请核对编号。"));
        if (violation.paid()) {
            throw new ApiException(409, "FINE_ALREADY_PAID", "The fine of decision " + wanted + " is already paid",
                    "该罚款已缴纳，无需重复缴纳。");
        }
        long fine = violation.fineFen();
        LocalDate lastDay = violation.occurredAt().toLocalDate().plusDays(DAYS_TO_PAY);
        long overdueDays = Math.max(0, ChronoUnit.DAYS.between(lastDay, today));
        long surcharge = Math.min(fine, fine * SURCHARGE_PERCENT_PER_DAY * overdueDays / 100);
        List<Bill.BillLine> lines = new ArrayList<>();
        lines.add(new Bill.BillLine("罚款本金", fine));
        if (surcharge > 0) {
            lines.add(new Bill.BillLine("加处罚款（逾期" + overdueDays + "天，每日3%，不超过罚款本数）", surcharge));
        }
        return new Fee(FeeKind.TRAFFIC_FINE, payer, wanted, "交通违法罚款（决定书编号 " + wanted + "）", lines);
    }

    static String shorten(String text) {
        return text == null ? "null" : text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }
}
