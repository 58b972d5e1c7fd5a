package org.budayang.central.applications;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.services.ApplicationRequest;
import org.budayang.central.connectors.Connectors;
import org.budayang.central.connectors.MedicalInsuranceConnector;
import org.budayang.central.connectors.PublicSecurityConnector;

/**
 * The form fields and conditions of the items that take applications at the kiosk, checked all at
 * once so that the 一次性告知 lists everything missing:
 * <ul>
 *   <li>无犯罪记录证明 (QT00012001): {@code purpose} from {@link #PURPOSES}, {@code useUnit}; 告知承诺书 required</li>
 *   <li>户籍证明 (QT00013001): {@code certificateType} from {@link #CERTIFICATE_TYPES}; 居民户口簿 (容缺) for
 *       同户家庭成员关系; 户籍 in the item's region</li>
 *   <li>异地就医备案 (GG00042001): {@code insuredRegion} (optional: taken from the 医保 enrolment when absent),
 *       {@code treatmentRegion} (6-digit region codes),
 *       {@code filingType} from {@link #FILING_TYPES}, {@code startDate}, {@code address}, {@code phone};
 *       个人承诺书 for 异地长期居住; an active 医保 enrolment</li>
 * </ul>
 */
final class ItemRules {
    static final List<String> PURPOSES = List.of("就业", "出国（境）", "入学", "参军", "收养", "资格考试", "其他");
    static final List<String> CERTIFICATE_TYPES = List.of("本人户籍信息", "同户家庭成员关系");
    static final List<String> FILING_TYPES = List.of("异地安置退休", "异地长期居住", "常驻异地工作", "临时外出就医");
    static final Set<String> ITEMS = Set.of("QT00012001", "QT00013001", "GG00042001");
    /**
     * The form keys each item accepts and the longest value each may have (characters). Longer values are refused
     * outright (400); values within the bound but wrong are listed in the 一次性告知.
     */
    static final Map<String, Map<String, Integer>> FORM_FIELDS = Map.of(
            "QT00012001", Map.of("purpose", 20, "useUnit", 60),
            "QT00013001", Map.of("certificateType", 20),
            "GG00042001", Map.of("insuredRegion", 12, "treatmentRegion", 12, "filingType", 20, "startDate", 20,
                    "address", 100, "phone", 20));

    private final PublicSecurityConnector publicSecurity;
    private final MedicalInsuranceConnector medical;

    ItemRules(Connectors connectors) {
        this.publicSecurity = connectors.publicSecurity();
        this.medical = connectors.medicalInsurance();
    }

    void check(ServiceItem item, ApplicationRequest request, String idNumber, LocalDate today, Checklist list) {
        Map<String, String> form = request.form();
        switch (item.basicCode()) {
            case "QT00012001" -> {
                oneOf(form, "purpose", "申请用途", PURPOSES, list);
                text(form, "useUnit", "使用单位", 2, 60, list);
                list.requireCommitment();
            }
            case "QT00013001" -> {
                String type = oneOf(form, "certificateType", "证明类型", CERTIFICATE_TYPES, list);
                if ("同户家庭成员关系".equals(type) && !request.materialsProvided().contains("居民户口簿")) {
                    list.material("居民户口簿", "开具家庭成员户籍证明需出示居民户口簿原件；可签署容缺受理承诺书，"
                            + "5个工作日内到户籍窗口补交。", true);
                }
                PublicSecurityConnector.Household household = publicSecurity.household(idNumber);
                if (!household.regionCode().equals(item.regionCode())) {
                    list.condition("户籍所在地", "本事项仅受理户籍在" + item.agency().replace("公安局", "").replace("分局", "")
                            + "（" + item.regionCode() + "）的居民；请到户籍所在地派出所办理。");
                }
            }
            case "GG00042001" -> {
                MedicalInsuranceConnector.Enrolment enrolment = medical.enrolment(idNumber);
                // the kiosk's form does not ask for the 参保地: the person's 医保 enrolment tells it
                String insured = form.containsKey("insuredRegion") ? region(form, "insuredRegion", "参保地", list)
                        : enrolment.regionCode();
                String treatment = region(form, "treatmentRegion", "就医地", list);
                if (insured != null && !insured.startsWith("6201")) {
                    list.field("参保地", "本事项受理在兰州市参加基本医疗保险的人员，参保地应为兰州市（6201开头）的区县代码。");
                }
                if (insured != null && treatment != null && insured.substring(0, 4).equals(treatment.substring(0, 4))) {
                    list.field("就医地", "就医地应在参保地所在市以外。");
                }
                String type = oneOf(form, "filingType", "备案类型", FILING_TYPES, list);
                startDate(form, today, list);
                text(form, "address", "就医地居住地址", 5, 100, list);
                String phone = form.get("phone");
                if (phone == null || !phone.matches("1[3-9]\\d{9}")) {
                    list.field("联系电话", "请填写11位手机号码。");
                }
                if ("异地长期居住".equals(type)) {
                    list.requireCommitment();
                }
                if (!"ACTIVE".equals(enrolment.status())) {
                    list.condition("参保状态", "您的基本医疗保险目前为暂停参保状态，请先缴纳本年度医保费后再办理备案。");
                }
            }
            default -> throw new IllegalStateException("no application rules for item " + item.basicCode());
        }
    }

    private static String oneOf(Map<String, String> form, String key, String label, List<String> accepted,
                                Checklist list) {
        String value = form.get(key);
        if (value == null || !accepted.contains(value)) {
            list.field(label, "请从以下选项中选择" + label + "：" + String.join("、", accepted) + "。");
            return null;
        }
        return value;
    }

    private static void text(Map<String, String> form, String key, String label, int min, int max, Checklist list) {
        String value = form.get(key);
        if (value == null || value.length() < min || value.length() > max) {
            list.field(label, "请填写" + label + "（" + min + "至" + max + "个字）。");
        }
    }

    private static String region(Map<String, String> form, String key, String label, Checklist list) {
        String value = form.get(key);
        if (value == null || !value.matches("[1-8]\\d{5}")) {
            list.field(label, "请选择" + label + "（6位行政区划代码）。");
            return null;
        }
        return value;
    }

    private static void startDate(Map<String, String> form, LocalDate today, Checklist list) {
        String value = form.get("startDate");
        try {
            LocalDate start = LocalDate.parse(value == null ? "" : value);
            if (start.isBefore(today) || start.isAfter(today.plusMonths(6))) {
                list.field("备案开始日期", "备案开始日期应在今天至6个月内。");
            }
        } catch (DateTimeParseException e) {
            list.field("备案开始日期", "请选择备案开始日期。");
        }
    }
}
