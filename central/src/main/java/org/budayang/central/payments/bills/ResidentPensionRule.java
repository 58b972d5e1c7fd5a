package org.budayang.central.payments.bills;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.payments.Bill;
import org.budayang.central.connectors.PublicSecurityConnector;
import org.budayang.central.connectors.SocialSecurityConnector;
import org.budayang.central.web.ApiException;

/**
 * 城乡居民基本养老保险缴费: the chosen grade (缴费档次) of this year for the payer or a family member who is insured
 * as a resident (城乡居民), still paying (not drawing a pension) and has not paid this year.
 */
public final class ResidentPensionRule implements FeeRule {
    /** The grades accepted, in 元 a year (the Gansu list of 城乡居民养老保险 缴费档次 this sandbox uses). */
    public static final List<Long> GRADES_YUAN = List.of(200L, 300L, 500L, 700L, 1000L, 1500L, 2000L, 3000L, 4000L,
            5000L, 6000L);

    private final SocialSecurityConnector socialSecurity;
    private final PublicSecurityConnector publicSecurity;

    public ResidentPensionRule(SocialSecurityConnector socialSecurity, PublicSecurityConnector publicSecurity) {
        this.socialSecurity = socialSecurity;
        this.publicSecurity = publicSecurity;
    }

    @Override
    public Fee compute(ServiceItem item, String payer, Map<String, String> params, LocalDate today) {
        String text = params.get("grade");
        long grade;
        try {
            grade = Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            grade = -1;
        }
        if (!GRADES_YUAN.contains(grade)) {
            throw new ApiException(400, "PENSION_GRADE_UNKNOWN", "params.grade '" + TrafficFineRule.shorten(text)
                    + "' is not a 缴费档次; accepted (元/年): " + GRADES_YUAN, "请选择有效的缴费档次。");
        }
        String beneficiary = PayFor.beneficiary(publicSecurity, payer, params);
        SocialSecurityConnector.SocialInsurance insurance = socialSecurity.insurance(beneficiary);
        if (!"RESIDENT".equals(insurance.type())) {
            throw new ApiException(409, "NOT_RESIDENT_INSURED", "The person paid for is insured as " + insurance.type()
                    + ", not RESIDENT (城乡居民); employee insurance is paid through the employer",
                    "该参保人参加的是城镇职工养老保险，由单位代缴，不能在此缴费。");
        }
        if (insurance.pensioner()) {
            throw new ApiException(409, "ALREADY_DRAWING_PENSION", "The person paid for already draws a pension; "
                    + "no contribution is due", "该参保人已按月领取养老金，无需缴费。");
        }
        int year = today.getYear();
        boolean paid = socialSecurity.contributions(beneficiary).stream().anyMatch(c -> c.year() == year);
        if (paid) {
            throw new ApiException(409, "CONTRIBUTION_ALREADY_PAID", "The " + year + " 城乡居民养老保险 contribution of "
                    + "the person paid for is already recorded", year + "年度养老保险费已缴纳，无需重复缴费。");
        }
        String who = beneficiary.equals(payer) ? "" : "（为家庭成员缴纳）";
        return new Fee(FeeKind.RESIDENT_PENSION, beneficiary, year + ":" + grade * 100,
                year + "年度城乡居民基本养老保险 " + grade + "元档" + who,
                List.of(new Bill.BillLine(year + "年度个人缴费（" + grade + "元档）", grade * 100)));
    }
}
