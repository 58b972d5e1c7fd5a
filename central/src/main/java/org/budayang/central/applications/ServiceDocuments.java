package org.budayang.central.applications;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.services.ApplicationOutcome;
import org.budayang.api.services.Requirement;
import org.budayang.api.services.ResultField;
import org.budayang.api.services.ResultSection;
import org.budayang.central.connectors.CatalogItems;
import org.budayang.central.connectors.queries.Answer;
import org.budayang.central.connectors.queries.ItemQueries;
import org.budayang.central.documents.DocumentContent;
import org.budayang.central.documents.DocumentSource;

/**
 * Certificate and receipt content for the documents feature: certificates from the department
 * connectors' answers (社保参保证明, 个人权益记录, 纳税记录, 社保费缴费证明, 医保参保凭证, 户籍证明), receipts
 * (受理凭证, 容缺受理通知书, 一次性告知单) from stored applications.
 */
public final class ServiceDocuments implements DocumentSource {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final Map<String, String[]> CERTIFICATES = Map.of(
            "GG00031001", new String[] {"SOCIAL_INSURANCE_CERTIFICATE", "社会保险个人参保证明"},
            "GG00032001", new String[] {"SOCIAL_INSURANCE_RIGHTS_RECORD", "社会保险个人权益记录"},
            "GG00021001", new String[] {"TAX_RECORD", "个人所得税纳税记录"},
            "GG00022001", new String[] {"SOCIAL_INSURANCE_FEE_CERTIFICATE", "社会保险费缴费证明"},
            "GG00041001", new String[] {"MEDICAL_INSURANCE_CERTIFICATE", "基本医疗保险参保凭证"},
            "QT00013001", new String[] {"HOUSEHOLD_CERTIFICATE", "户籍证明"});

    private final CatalogItems items;
    private final ItemQueries queries;
    private final ApplicationService applications;
    private final java.time.Clock clock;

    public ServiceDocuments(CatalogItems items, ItemQueries queries, ApplicationService applications,
                            java.time.Clock clock) {
        this.items = items;
        this.queries = queries;
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public Optional<DocumentContent> certificate(String itemCode, String idNumber) {
        return certificate(itemCode, idNumber, Map.of());
    }

    /**
     * The certificate with what the citizen chose ({@code year}, {@code certificateKind}, {@code voucherKind},
     * {@code insurance}, {@code certificateType}…, checked by the item's query: 400 INVALID_PARAMETER), or for the
     * 一次性告知单打印 items the notice of the chosen {@code business}, which names nobody.
     */
    @Override
    public Optional<DocumentContent> certificate(String itemCode, String idNumber, Map<String, String> params) {
        ServiceItem item = items.require(itemCode);
        if (BusinessNotices.issues(item.basicCode())) {
            return Optional.of(notice(item, params));
        }
        String[] kind = CERTIFICATES.get(item.basicCode());
        if (kind == null) {
            return Optional.empty();
        }
        Answer answer = queries.answer(item, idNumber, params).orElseThrow();
        List<DocumentContent.Section> sections = answer.sections().stream().map(ServiceDocuments::section).toList();
        List<String> notes = List.of("本证明根据" + item.agency() + "业务系统数据生成，可扫描二维码或登录核验网址输入核验码查验真伪。",
                "本证明自开具之日起三个月内有效。");
        String title = params.isEmpty() || !namesDocument(answer.title()) ? kind[1] : answer.title();
        return Optional.of(new DocumentContent(kind[0], title, item.agency(), item.implementationCode(),
                answer.holderName(), idNumber.strip().toUpperCase(java.util.Locale.ROOT), LocalDate.now(clock.withZone(ZONE)),
                sections, notes));
    }

    /**
     * Whether a query's title names a document the citizen chose (社会保险个人缴费明细（2025年度）, 基本医疗保险参保凭证
     * （2025年度））, so it may title the certificate; a title that names the query (户籍信息, 社会保险个人参保信息) may
     * not: the certificate keeps its own name (户籍证明).
     */
    static boolean namesDocument(String queryTitle) {
        int bracket = queryTitle.indexOf('（');
        String name = bracket < 0 ? queryTitle : queryTitle.substring(0, bracket);
        return name.endsWith("证明") || name.endsWith("凭证") || name.endsWith("明细") || name.endsWith("记录");
    }

    private DocumentContent notice(ServiceItem item, Map<String, String> params) {
        String business = params.get("business");
        List<String> offered = BusinessNotices.businesses(item.basicCode());
        if (business == null) {
            throw new org.budayang.central.web.ApiException(400, "MISSING_PARAMETER", "params.business is required for "
                    + "item " + item.implementationCode() + " (" + item.name() + "); one of " + offered,
                    "请选择要打印告知单的业务。");
        }
        BusinessNotices.Notice notice = BusinessNotices.notice(item.basicCode(), business).orElseThrow(() ->
                new org.budayang.central.web.ApiException(400, "INVALID_PARAMETER", "params.business '"
                        + (business.length() > 40 ? business.substring(0, 40) + "…" : business) + "' is not a business "
                        + "of item " + item.implementationCode() + "; one of " + offered,
                        "请从以下业务中选择：" + String.join("、", offered) + "。"));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (BusinessNotices.Material m : notice.materials()) {
            rows.add(List.of(Integer.toString(n++), m.name(), m.form(), m.note().isEmpty() ? "—" : m.note()));
        }
        List<DocumentContent.Section> sections = List.of(
                new DocumentContent.Section("办理业务", List.of(new DocumentContent.Field("业务名称", notice.business()),
                        new DocumentContent.Field("办理条件", notice.conditions()),
                        new DocumentContent.Field("办理地点", notice.where()),
                        new DocumentContent.Field("办理时限", notice.timeLimit())), null),
                new DocumentContent.Section("需要携带的全部材料", List.of(),
                        new DocumentContent.Table(List.of("序号", "材料名称", "形式和份数", "说明"), rows)));
        List<String> notes = List.of("以上为办理本业务需要的全部材料（一次性告知），材料齐全即可办理，无需再次往返。",
                "咨询电话：" + item.guide().consultationPhone() + "；监督投诉电话：" + item.guide().complaintPhone() + "。");
        return new DocumentContent("BUSINESS_NOTICE", "一次性告知单（" + notice.business() + "）", item.agency(),
                item.implementationCode(), null, null, LocalDate.now(clock.withZone(ZONE)), sections, notes);
    }

    @Override
    public Optional<DocumentContent> applicationReceipt(String applicationNumber) {
        return applications.current(applicationNumber).map(this::receipt);
    }

    private DocumentContent receipt(StoredApplication a) {
        String kind;
        String title;
        List<String> notes = new ArrayList<>();
        switch (a.outcome()) {
            case ACCEPTED -> {
                kind = "ACCEPTANCE_RECEIPT";
                title = "受理凭证";
                notes.add("您的申请已受理，承诺办结日期为" + a.promisedOn() + "。可凭办件编号在自助终端查询办理进度。");
            }
            case ACCEPTED_WITH_DEFERRED -> {
                kind = "DEFERRED_ACCEPTANCE_NOTICE";
                title = "容缺受理通知书";
                notes.add("您的申请已容缺受理。请于" + a.deferredDeadline() + "前将下列材料补交至" + a.agency()
                        + "；逾期未补交的，将按有关规定处理。");
            }
            default -> {
                kind = "ONE_TIME_NOTICE";
                title = "一次性告知单";
                notes.add("您的申请暂不能受理。以上为需要补正的全部内容（一次性告知），补齐后可再次申请。");
            }
        }
        List<DocumentContent.Section> sections = new ArrayList<>();
        List<DocumentContent.Field> fields = new ArrayList<>(List.of(
                new DocumentContent.Field("办件编号", a.number()), new DocumentContent.Field("事项名称", a.itemName()),
                new DocumentContent.Field("事项编码", a.itemCode()), new DocumentContent.Field("申请人", a.applicantName()),
                new DocumentContent.Field("提交时间", MINUTE.format(a.submittedAt())),
                new DocumentContent.Field("受理结果", a.outcome().chinese()),
                new DocumentContent.Field("当前状态", a.status().chinese())));
        if (a.promisedOn() != null) {
            fields.add(new DocumentContent.Field("承诺办结日期", a.promisedOn().toString()));
        }
        if (a.deferredDeadline() != null) {
            fields.add(new DocumentContent.Field("材料补交截止日期", a.deferredDeadline().toString()));
        }
        sections.add(new DocumentContent.Section("办件信息", fields, null));
        if (!a.missing().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Requirement r : a.missing()) {
                rows.add(List.of(kindName(r.kind()), r.name(), r.detail()));
            }
            sections.add(new DocumentContent.Section(a.outcome() == ApplicationOutcome.NOT_ACCEPTED ? "需要补正的全部内容"
                    : "待补交材料", List.of(), new DocumentContent.Table(List.of("类别", "名称", "要求"), rows)));
        }
        if (!a.letters().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (StoredApplication.Letter l : a.letters()) {
                rows.add(List.of(l.kind().equals("COMMITMENT") ? "告知承诺书" : "容缺受理承诺书", l.version(),
                        MINUTE.format(l.signedAt())));
            }
            sections.add(new DocumentContent.Section("已签署的承诺书", List.of(),
                    new DocumentContent.Table(List.of("名称", "文本版本", "签署时间"), rows)));
        }
        return new DocumentContent(kind, title, a.agency(), a.itemCode(), a.applicantName(), a.applicantIdNumber(),
                LocalDate.ofInstant(a.submittedAt(), ZONE), sections, notes);
    }

    private static String kindName(String kind) {
        return switch (kind) {
            case "MATERIAL" -> "材料";
            case "FIELD" -> "填写内容";
            case "COMMITMENT" -> "承诺书";
            case "DEFERRAL_LETTER" -> "容缺受理";
            default -> "受理条件";
        };
    }

    private static DocumentContent.Section section(ResultSection s) {
        List<DocumentContent.Field> fields = new ArrayList<>();
        for (ResultField f : s.fields()) {
            fields.add(new DocumentContent.Field(f.label(), f.value()));
        }
        DocumentContent.Table table = s.table() == null ? null
                : new DocumentContent.Table(s.table().header(), s.table().rows());
        return new DocumentContent.Section(s.heading(), fields, table);
    }
}
