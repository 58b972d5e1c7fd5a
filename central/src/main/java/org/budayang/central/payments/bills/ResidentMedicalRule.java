package org.budayang.central.payments.bills;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.payments.Bill;
import org.budayang.central.connectors.MedicalInsuranceConnector;
import org.budayang.central.connectors.PublicSecurityConnector;
import org.budayang.central.web.ApiException;

/**
 * 城乡居民基本医保缴费: the year's individual standard (this year, or next year once its collection is open) for the
 * payer or a family member enrolled as a resident (城乡居民医保) who has not paid that year.
 */
public final class ResidentMedicalRule implements FeeRule {
    /** The individual standard per year in 元 (sandbox figures, see docs/payments.md). */
    public static final Map<Integer, Long> STANDARD_YUAN = new TreeMap<>(Map.of(2025, 400L, 2026, 400L, 2027, 420L));

    private final MedicalInsuranceConnector medical;
    private final PublicSecurityConnector publicSecurity;

    public ResidentMedicalRule(MedicalInsuranceConnector medical, PublicSecurityConnector publicSecurity) {
        this.medical = medical;
        this.publicSecurity = publicSecurity;
    }

    @Override
    public Fee compute(ServiceItem item, String payer, Map<String, String> params, LocalDate today) {
        String text = params.getOrDefault("year", String.valueOf(today.getYear())).strip();
        int year;
        try {
            year = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            year = -1;
        }
        if (year != today.getYear() && year != today.getYear() + 1 || !STANDARD_YUAN.containsKey(year)) {
            throw new ApiException(400, "CONTRIBUTION_YEAR_INVALID", "params.year '" + TrafficFineRule.shorten(text)
                    + "' cannot be paid on " + today + "; accepted: " + today.getYear() + " or " + (today.getYear() + 1)
                    + " when its standard is published (published: " + STANDARD_YUAN.keySet() + ")",
                    "该年度暂不能缴费，请选择当前缴费年度。");
        }
        String beneficiary = PayFor.beneficiary(publicSecurity, payer, params);
        MedicalInsuranceConnector.Enrolment enrolment = medical.enrolment(beneficiary);
        if (!"RESIDENT".equals(enrolment.type())) {
            throw new ApiException(409, "NOT_RESIDENT_ENROLLED", "The person paid for is enrolled in "
                    + enrolment.type() + " medical insurance, not RESIDENT (城乡居民医保)",
                    "该参保人参加的是职工医保，由单位代缴，不能在此缴费。");
        }
        int wanted = year;
        if (medical.contributions(beneficiary).stream().anyMatch(c -> c.year() == wanted)) {
            throw new ApiException(409, "CONTRIBUTION_ALREADY_PAID", "The " + year + " 城乡居民医保 contribution of the "
                    + "person paid for is already recorded", year + "年度医保费已缴纳，无需重复缴费。");
        }
        long fen = STANDARD_YUAN.get(year) * 100;
        String who = beneficiary.equals(payer) ? "" : "（为家庭成员缴纳）";
        return new Fee(FeeKind.RESIDENT_MEDICAL, beneficiary, String.valueOf(year),
                year + "年度城乡居民基本医疗保险" + who,
                List.of(new Bill.BillLine(year + "年度个人缴费标准", fen)));
    }
}
