package org.budayang.central.connectors.queries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budayang.api.services.ResultSection;
import org.budayang.central.connectors.SocialSecurityConnector;
import org.budayang.central.connectors.SocialSecurityConnector.Contribution;
import org.budayang.central.connectors.SocialSecurityConnector.SocialInsurance;
import org.budayang.central.web.ApiException;

/** The 社保 items: 参保信息/参保证明, 个人权益记录, 资格认证 status, 城乡居民养老缴费 information. */
final class SocialSecurityQueries {
    /** The kinds of GG00031001's certificate, as the catalogue's {@code certificateKind} offers them. */
    static final List<String> KINDS = List.of("参保证明", "缴费明细");
    private static final List<String> HEADER = List.of("年度", "缴费月数", "缴费基数（月）", "个人缴费", "单位缴费");

    private final SocialSecurityConnector connector;
    private final Clock clock;

    SocialSecurityQueries(SocialSecurityConnector connector, Clock clock) {
        this.connector = connector;
        this.clock = clock;
    }

    /**
     * 参保信息 / 参保证明 (GG00031001). Params: {@code certificateKind} 参保证明 (default) or 缴费明细, {@code year} (the
     * year the certificate covers, 1990 to this year; without it the last five years).
     */
    Answer insurance(String id, Map<String, String> params) {
        String kind = Format.oneOf(params, "certificateKind", KINDS, KINDS.get(0));
        int thisYear = LocalDate.now(clock).getYear();
        Integer year = params.containsKey("year") ? Format.year(params, "year", 1990, thisYear, thisYear) : null;
        SocialInsurance s = connector.insurance(id);
        List<Contribution> all = connector.contributions(id);
        if (kind.equals("缴费明细")) {
            int shown = year == null ? thisYear : year;
            List<List<String>> months = new ArrayList<>();
            for (Contribution c : all) {
                if (c.year() == shown) {
                    for (int m = 1; m <= c.months(); m++) {
                        months.add(List.of(shown + "年" + String.format("%02d", m) + "月", Format.yuan(c.baseFen()),
                                Format.yuan(c.personalFen() / c.months()), Format.yuan(c.employerFen() / c.months())));
                    }
                }
            }
            return new Answer("社会保险个人缴费明细（" + shown + "年度）", s.name(), List.of(basics(s, all),
                    Format.table(shown + "年度逐月缴费明细", List.of("缴费月份", "缴费基数", "个人缴费", "单位缴费"), months,
                            shown + "年度没有缴费记录。")));
        }
        if (year != null) {
            List<List<String>> rows = rows(all.stream().filter(c -> c.year() == year).toList());
            return new Answer("社会保险个人参保证明（" + year + "年度）", s.name(), List.of(basics(s, all),
                    Format.table(year + "年度缴费情况", HEADER, rows, year + "年度没有缴费记录。")));
        }
        int fromYear = thisYear - 4;
        List<List<String>> rows = rows(all.stream().filter(c -> c.year() >= fromYear).toList());
        return new Answer("社会保险个人参保信息", s.name(), List.of(basics(s, all),
                Format.table("近五年缴费情况", HEADER, rows, "近五年没有缴费记录。")));
    }

    Answer rightsRecord(String id, Map<String, String> params) {
        SocialInsurance s = connector.insurance(id);
        List<Contribution> all = connector.contributions(id);
        long personal = all.stream().mapToLong(Contribution::personalFen).sum();
        long employer = all.stream().mapToLong(Contribution::employerFen).sum();
        ResultSection totals = Format.fields("权益汇总", Format.field("个人缴费合计", Format.yuan(personal)),
                Format.field("单位缴费合计", Format.yuan(employer)),
                Format.field("个人账户记账金额（不含利息）", Format.yuan(personal)));
        return new Answer("社会保险个人权益记录", s.name(), List.of(basics(s, all), totals,
                Format.table("历年缴费明细", HEADER, rows(all), "没有缴费记录。")));
    }

    Answer certificationStatus(String id, Map<String, String> params) {
        SocialInsurance s = connector.insurance(id);
        if (!s.pensioner()) {
            throw new ApiException(409, "NOT_A_PENSIONER", "ID number " + Format.maskedId(id) + " draws no pension"
                    + " (status " + s.status() + ")", "您不是养老保险待遇领取人员，无需进行资格认证。如有疑问，请呼叫帮办或到社保窗口咨询。");
        }
        LocalDate today = LocalDate.now(clock);
        boolean due = !s.certificationDue().isAfter(today.plusDays(30));
        return new Answer("养老保险待遇领取资格认证", s.name(), List.of(Format.fields("认证信息",
                Format.field("姓名", s.name()), Format.field("待遇类型", Labels.socialSecurity(s.type())),
                Format.field("待遇领取起始", Format.date(s.pensionSince())),
                Format.field("本次认证截止日期", Format.date(s.certificationDue())),
                Format.field("认证状态", s.certificationDue().isBefore(today) ? "已逾期，请尽快认证，逾期将暂停发放待遇"
                        : due ? "可以认证" : "本年度无需认证（可提前认证）"))));
    }

    Answer residentContributionInfo(String id, Map<String, String> params) {
        SocialInsurance s = connector.insurance(id);
        if (!"RESIDENT".equals(s.type()) || s.pensioner()) {
            throw new ApiException(409, "NOT_A_RESIDENT_CONTRIBUTOR", "ID number " + Format.maskedId(id) + " is insured"
                    + " as " + s.type() + " with status " + s.status() + "; only paying 城乡居民 contributors can pay here",
                    "该参保人不是城乡居民养老保险缴费人员（可能已领取待遇或参加职工养老保险），无需在此缴费。");
        }
        int year = LocalDate.now(clock).getYear();
        boolean paid = connector.contributions(id).stream().anyMatch(c -> c.year() == year);
        return new Answer("城乡居民基本养老保险缴费信息", s.name(), List.of(Format.fields("参保人信息",
                Format.field("参保人", s.name()), Format.field("公民身份号码", Format.maskedId(id)),
                Format.field("参保地", Labels.region(s.regionCode())),
                Format.field("上次缴费档次", Format.yuan(s.residentGradeFen()) + "/年"),
                Format.field(year + "年度缴费状态", paid ? "已缴费" : "未缴费"),
                Format.field("可选缴费档次", "100、200、300、400、500、600、700、800、900、1000、1500、2000、3000 元/年"))));
    }

    private static ResultSection basics(SocialInsurance s, List<Contribution> all) {
        int months = all.stream().mapToInt(Contribution::months).sum();
        List<org.budayang.api.services.ResultField> fields = new ArrayList<>(List.of(Format.field("姓名", s.name()),
                Format.field("公民身份号码", Format.maskedId(s.idNumber())),
                Format.field("险种", Labels.socialSecurity(s.type())),
                Format.field("参保状态", Labels.socialSecurity(s.status())),
                Format.field("参保日期", Format.date(s.startedOn())), Format.field("参保地", Labels.region(s.regionCode())),
                Format.field("累计缴费月数", months + " 个月")));
        if (s.employer() != null) {
            fields.add(Format.field("参保单位", s.employer()));
        }
        if (s.pensioner()) {
            fields.add(Format.field("待遇领取起始", Format.date(s.pensionSince())));
            fields.add(Format.field("月养老金", Format.yuan(s.monthlyPensionFen())));
        }
        return new ResultSection("参保信息", fields, null);
    }

    private static List<List<String>> rows(List<Contribution> contributions) {
        List<List<String>> rows = new ArrayList<>();
        for (Contribution c : contributions) {
            rows.add(List.of(c.year() + "年", Integer.toString(c.months()), Format.yuan(c.baseFen()),
                    Format.yuan(c.personalFen()), Format.yuan(c.employerFen())));
        }
        return rows;
    }
}
