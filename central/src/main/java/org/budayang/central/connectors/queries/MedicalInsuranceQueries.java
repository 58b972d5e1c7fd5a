package org.budayang.central.connectors.queries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budayang.central.connectors.MedicalInsuranceConnector;
import org.budayang.central.connectors.MedicalInsuranceConnector.Contribution;
import org.budayang.central.connectors.MedicalInsuranceConnector.Enrolment;
import org.budayang.central.web.ApiException;

/** The 医保 items: 参保信息/参保凭证, 城乡居民医保缴费 information. */
final class MedicalInsuranceQueries {
    /** The kinds of GG00041001's voucher, as the catalogue's {@code voucherKind} offers them. */
    static final List<String> KINDS = List.of("参保凭证", "缴费明细");

    private final MedicalInsuranceConnector connector;
    private final Clock clock;

    MedicalInsuranceQueries(MedicalInsuranceConnector connector, Clock clock) {
        this.connector = connector;
        this.clock = clock;
    }

    /**
     * 参保信息 / 参保凭证 (GG00041001). Params: {@code voucherKind} 参保凭证 (default) or 缴费明细, {@code year} (1990 to
     * this year; without it the last five years).
     */
    Answer enrolment(String id, Map<String, String> params) {
        String kind = Format.oneOf(params, "voucherKind", KINDS, KINDS.get(0));
        int thisYear = LocalDate.now(clock).getYear();
        Integer year = params.containsKey("year") ? Format.year(params, "year", 1990, thisYear, thisYear) : null;
        Enrolment e = connector.enrolment(id);
        int fromYear = year != null ? year : thisYear - 4;
        int toYear = year != null ? year : thisYear;
        String title = kind.equals("缴费明细") ? "基本医疗保险缴费明细" : year != null ? "基本医疗保险参保凭证" : "基本医疗保险参保信息";
        String period = year != null ? year + "年度" : "近五年";
        List<List<String>> rows = new ArrayList<>();
        for (Contribution c : connector.contributions(id)) {
            if (c.year() >= fromYear && c.year() <= toYear) {
                rows.add(List.of(c.year() + "年", Format.yuan(c.personalFen()), Format.yuan(c.employerFen()),
                        Format.date(c.paidOn())));
            }
        }
        return new Answer(year != null ? title + "（" + year + "年度）" : title, e.name(), List.of(
                Format.fields("参保信息", Format.field("姓名", e.name()), Format.field("公民身份号码", Format.maskedId(id)),
                        Format.field("险种类型", Labels.medical(e.type())), Format.field("参保状态", Labels.medical(e.status())),
                        Format.field("参保日期", Format.date(e.startedOn())), Format.field("参保地", Labels.region(e.regionCode()))),
                Format.table(period + "缴费情况", List.of("年度", "个人缴费", "单位缴费", "缴费日期"), rows,
                        period + "没有缴费记录。")));
    }

    Answer residentContributionInfo(String id, Map<String, String> params) {
        Enrolment e = connector.enrolment(id);
        if (!"RESIDENT".equals(e.type())) {
            throw new ApiException(409, "NOT_A_RESIDENT_CONTRIBUTOR", "ID number " + Format.maskedId(id)
                    + " is enrolled as " + e.type() + "; only 城乡居民医保 enrollees pay here",
                    "该参保人参加的是职工基本医疗保险，由单位代缴，无需在此缴费。");
        }
        int year = LocalDate.now(clock).getYear();
        boolean paid = connector.contributions(id).stream().anyMatch(c -> c.year() == year);
        return new Answer("城乡居民基本医疗保险缴费信息", e.name(), List.of(Format.fields("参保人信息",
                Format.field("参保人", e.name()), Format.field("公民身份号码", Format.maskedId(id)),
                Format.field("参保地", Labels.region(e.regionCode())),
                Format.field(year + "年度个人缴费标准", "400.00 元"),
                Format.field(year + "年度缴费状态", paid ? "已缴费" : "未缴费"))));
    }
}
