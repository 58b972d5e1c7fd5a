package org.budayang.central.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.budayang.central.web.ApiException;

/**
 * A real {@link DocumentSource} for the documents tests: a small register of sample certificates
 * and receipts held in maps. It refuses unknown citizens with a 404 as a department would, and can
 * be switched "down" to answer 503 like a department outage.
 */
final class SampleDocuments implements DocumentSource {
    static final String PENSION_ITEM = "620102-SB01-GG00031001";
    static final String TAX_ITEM = "620102-SW01-GG00021001";
    static final String ZHANG = "620102199001010038";
    static final String OUYANG = "11010519491231002X";
    static final String RECEIPT_NUMBER = "SB-20250301-000123";
    static final LocalDate ISSUED = LocalDate.of(2025, 3, 1);

    private final Map<String, String> names = Map.of(ZHANG, "张小三", OUYANG, "欧阳小娜");
    private final AtomicBoolean down = new AtomicBoolean();
    private final int contributionMonths;

    SampleDocuments() {
        this(24);
    }

    /** @param contributionMonths rows of the contribution table (many rows make several pages) */
    SampleDocuments(int contributionMonths) {
        this.contributionMonths = contributionMonths;
    }

    void setDown(boolean isDown) {
        down.set(isDown);
    }

    @Override
    public Optional<DocumentContent> certificate(String itemCode, String idNumber) {
        if (down.get()) {
            throw new ApiException(503, "DEPARTMENT_UNAVAILABLE", "The sample 社保 system is switched off",
                    "社保系统暂时无法访问，请稍后再试。");
        }
        if (!itemCode.equals(PENSION_ITEM) && !itemCode.equals(TAX_ITEM)) {
            return Optional.empty();
        }
        String name = names.get(idNumber);
        if (name == null) {
            throw new ApiException(404, "PERSON_NOT_FOUND", "No insured person with that ID number",
                    "未查询到您的参保信息，请到服务窗口咨询。");
        }
        return Optional.of(itemCode.equals(PENSION_ITEM) ? pension(name, idNumber) : tax(name, idNumber));
    }

    DocumentContent pension(String name, String idNumber) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < contributionMonths; i++) {
            LocalDate month = LocalDate.of(2023, 1, 1).plusMonths(i);
            rows.add(List.of(month.getYear() + "年" + month.getMonthValue() + "月", "企业职工基本养老保险",
                    "兰州市城关区某某信息科技有限公司（统一社会信用代码 91620102MA7XXXXXX1）", "5,380.00", "430.40",
                    "已到账"));
        }
        return new DocumentContent("SOCIAL_INSURANCE_CERTIFICATE", "社会保险个人参保证明",
                "兰州市城关区社会保险事业管理局", PENSION_ITEM, name, idNumber, ISSUED,
                List.of(new DocumentContent.Section("参保信息", List.of(
                                new DocumentContent.Field("参保险种", "企业职工基本养老保险、失业保险、工伤保险"),
                                new DocumentContent.Field("参保状态", "正常参保缴费"),
                                new DocumentContent.Field("首次参保时间", "2012年7月"),
                                new DocumentContent.Field("累计缴费月数", "152 个月")), null),
                        new DocumentContent.Section("缴费明细", List.of(), new DocumentContent.Table(
                                List.of("费款所属期", "险种", "缴费单位", "缴费基数", "个人缴费", "状态"), rows))),
                List.of("本证明仅证明参保人截至出具日期的参保缴费情况。",
                        "本证明自出具之日起三个月内有效；可扫描右上角二维码或登录核验地址，输入核验码核验真伪。"));
    }

    private DocumentContent tax(String name, String idNumber) {
        return new DocumentContent("TAX_RECORD", "个人所得税纳税记录", "国家税务总局兰州市城关区税务局", TAX_ITEM, name,
                idNumber, ISSUED, List.of(new DocumentContent.Section("纳税情况", List.of(
                        new DocumentContent.Field("所属期间", "2024年1月至2024年12月"),
                        new DocumentContent.Field("实缴税额合计", "3,216.00 元")), null)), List.of());
    }

    @Override
    public Optional<DocumentContent> applicationReceipt(String applicationNumber) {
        if (!applicationNumber.equals(RECEIPT_NUMBER)) {
            return Optional.empty();
        }
        return Optional.of(new DocumentContent("ACCEPTANCE_RECEIPT", "受理凭证", "兰州市城关区社会保险事业管理局",
                "620102-SB01-GG00035001", "张小三", ZHANG, ISSUED, List.of(new DocumentContent.Section("办件信息",
                        List.of(new DocumentContent.Field("办件编号", RECEIPT_NUMBER),
                                new DocumentContent.Field("承诺办结日期", "2025年3月8日")), null)),
                List.of("请凭本凭证查询办理进度。")));
    }
}
