package org.budayang.central.connectors.queries;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budayang.central.connectors.TaxConnector;
import org.budayang.central.connectors.TaxConnector.FeePayment;
import org.budayang.central.connectors.TaxConnector.IncomeRecord;
import org.budayang.central.connectors.TaxConnector.InvoiceCheck;

/** The 税务 items: 纳税记录, 社会保险费缴费证明, 发票真伪查验. */
final class TaxQueries {
    /** The 险种 of GG00022001, as the catalogue's {@code insurance} offers them; 全部险种 first. */
    static final List<String> INSURANCES = List.of("全部险种", "企业职工基本养老保险", "城乡居民基本养老保险", "基本医疗保险");

    private final TaxConnector connector;
    private final Clock clock;

    TaxQueries(TaxConnector connector, Clock clock) {
        this.connector = connector;
        this.clock = clock;
    }

    Answer taxRecords(String id, Map<String, String> params) {
        int[] years = years(params);
        String name = connector.taxpayerName(id);
        List<IncomeRecord> records = connector.incomeRecords(id, years[0], years[1]);
        long income = 0;
        long tax = 0;
        List<List<String>> rows = new ArrayList<>();
        for (IncomeRecord r : records) {
            income += r.incomeFen();
            tax += r.taxFen();
            rows.add(List.of(r.year() + "年", r.incomeType(), r.withholdingAgent(), Format.yuan(r.incomeFen()),
                    Format.yuan(r.taxFen())));
        }
        return new Answer("个人所得税纳税记录", name, List.of(
                Format.fields("纳税人信息", Format.field("纳税人姓名", name), Format.field("身份证件号码", Format.maskedId(id)),
                        Format.field("所属期间", years[0] + "年至" + years[1] + "年"),
                        Format.field("收入合计", Format.yuan(income)), Format.field("已缴税额合计", Format.yuan(tax))),
                Format.table("纳税明细", List.of("所属年度", "所得项目", "扣缴义务人", "收入额", "实缴（退）税额"), rows,
                        "所选期间内没有纳税记录。")));
    }

    /**
     * 社保费缴费证明 (GG00022001). Params: {@code year} (one year) or {@code fromYear}/{@code toYear}, and
     * {@code insurance} (全部险种, the default, or one 险种; 基本医疗保险 covers both 医疗 kinds).
     */
    Answer feeCertificate(String id, Map<String, String> params) {
        int[] years = years(params);
        String insurance = Format.oneOf(params, "insurance", INSURANCES, INSURANCES.get(0));
        String name = connector.taxpayerName(id);
        List<FeePayment> payments = connector.feePayments(id, years[0], years[1]);
        long total = 0;
        List<List<String>> rows = new ArrayList<>();
        for (FeePayment p : payments) {
            if (!covers(insurance, p.insurance())) {
                continue;
            }
            total += p.amountFen();
            rows.add(List.of(p.insurance(), p.year() + "年", Format.yuan(p.amountFen()), Format.date(p.paidOn()),
                    p.ticketNo()));
        }
        return new Answer("社会保险费缴费证明", name, List.of(
                Format.fields("缴费人信息", Format.field("缴费人姓名", name), Format.field("身份证件号码", Format.maskedId(id)),
                        Format.field("所属期间", years[0] + "年至" + years[1] + "年"), Format.field("缴费合计", Format.yuan(total))),
                Format.table("缴费明细", List.of("费种", "所属年度", "缴费金额", "缴费日期", "电子税票号码"), rows,
                        "所选期间内没有通过税务部门缴纳的社会保险费。")));
    }

    Answer invoiceCheck(String id, Map<String, String> params) {
        // the catalogue's FILL step names the number invoiceCode (发票代码或号码); invoiceNumber is the older key
        String number = params.containsKey("invoiceCode") ? Format.required(params, "invoiceCode", "请输入20位发票号码。")
                : Format.required(params, "invoiceNumber", "请输入20位发票号码。");
        String issued = params.get("issuedOn");
        String amount = Format.required(params, "amount", "请输入发票金额（不含税）。");
        LocalDate issuedOn = null;
        if (issued != null) {
            try {
                issuedOn = LocalDate.parse(issued);
            } catch (DateTimeParseException e) {
                throw Format.invalid("issuedOn", issued, "a date like 2025-06-30", "开票日期格式有误，请重新输入。");
            }
        }
        long fen;
        try {
            fen = new BigDecimal(amount).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw Format.invalid("amount", amount, "an amount in 元 with at most two decimals, e.g. 1234.50",
                    "发票金额格式有误，请重新输入。");
        }
        InvoiceCheck check = connector.checkInvoice(number, issuedOn, fen);
        String result = switch (check.result()) {
            case "MATCH" -> "查验一致：与税务机关登记的开票信息一致";
            case "MISMATCH" -> issuedOn == null ? "查验不一致：金额与登记信息不符，请核对"
                    : "查验不一致：开票日期或金额与登记信息不符，请核对";
            case "VOIDED" -> "该发票已作废";
            default -> "查无此票：税务机关没有该发票的开票信息";
        };
        List<org.budayang.api.services.ResultField> fields = new ArrayList<>(List.of(
                Format.field("发票号码", number), Format.field("查验结果", result),
                Format.field("本日查验次数", check.checksToday() + " 次（每日最多5次）")));
        if (check.seller() != null && "MATCH".equals(check.result())) {
            fields.add(Format.field("销售方", check.seller()));
            fields.add(Format.field("购买方", check.buyer()));
            fields.add(Format.field("开票日期", Format.date(check.issuedOn())));
            fields.add(Format.field("金额", Format.yuan(check.amountFen())));
        }
        return new Answer("发票查验结果", null, List.of(new org.budayang.api.services.ResultSection("查验结果", fields,
                null)));
    }

    private static boolean covers(String chosen, String insurance) {
        return chosen.equals(INSURANCES.get(0)) || chosen.equals(insurance)
                || (chosen.equals("基本医疗保险") && insurance.contains("医疗保险"));
    }

    private int[] years(Map<String, String> params) {
        int now = LocalDate.now(clock).getYear();
        if (params.containsKey("year")) {
            int year = Format.year(params, "year", 2019, now, now);
            return new int[] {year, year};
        }
        int to = Format.year(params, "toYear", 2019, now, Math.max(2019, now - 1));
        int from = Format.year(params, "fromYear", 2019, to, Math.max(2019, to - 2));
        return new int[] {from, to};
    }
}
