package org.budayang.central.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the two 一次性告知单打印 items (社保 GG00035001, 医保 GG00044001) list for each business a citizen can
 * choose: the materials to bring, where to go and how long it takes, all at once (一次性告知). Sample content
 * for the demo region (兰州市城关区), like the catalogue: the departments' published guides are authoritative.
 */
final class BusinessNotices {
    /** One material to bring. */
    record Material(String name, String form, String note) {
    }

    /** The notice of one business. */
    record Notice(String business, List<Material> materials, String conditions, String where, String timeLimit) {
    }

    private static final Map<String, Map<String, Notice>> BY_ITEM = new LinkedHashMap<>();

    static {
        Map<String, Notice> social = new LinkedHashMap<>();
        social.put("养老保险待遇申领", new Notice("养老保险待遇申领", List.of(
                new Material("居民身份证", "原件", "本人有效身份证件"),
                new Material("社会保障卡", "原件", "用于待遇发放"),
                new Material("基本养老保险待遇申领表", "原件1份", "可在窗口或自助终端领取"),
                new Material("近期免冠一寸照片", "2张", "白底彩色")),
                "达到法定退休年龄且累计缴费满15年（180个月）", "兰州市城关区社会保险事业管理局待遇窗口",
                "材料齐全的，20个工作日内办结"));
        social.put("失业保险金申领", new Notice("失业保险金申领", List.of(
                new Material("居民身份证", "原件", "本人有效身份证件"),
                new Material("社会保障卡", "原件", "用于待遇发放"),
                new Material("解除或终止劳动关系证明", "原件1份", "由原用人单位出具")),
                "非因本人意愿中断就业、已办理失业登记并有求职要求，且失业前缴纳失业保险费满1年",
                "兰州市城关区就业和社会保障服务中心失业保险窗口", "材料齐全的，即时办结"));
        social.put("社会保障卡补换", new Notice("社会保障卡补换", List.of(
                new Material("居民身份证", "原件", "本人有效身份证件；代办的另带代办人身份证"),
                new Material("近期免冠一寸照片", "1张", "白底彩色，或在网点现场采集"),
                new Material("原社会保障卡", "原件", "换卡时交回；补卡的先办理挂失")),
                "已申领过社会保障卡的参保人员", "各社会保障卡服务网点（合作银行营业网点）",
                "即时制卡网点当场领卡，其他网点10个工作日"));
        social.put("参保登记", new Notice("参保登记", List.of(
                new Material("居民身份证", "原件", "本人有效身份证件"),
                new Material("户口簿", "原件", "城乡居民参保登记时提供")),
                "未参加职工基本养老保险的年满16周岁城乡居民（不含在校学生）",
                "户籍所在地街道（乡镇）便民服务中心社保窗口", "材料齐全的，即时办结"));
        BY_ITEM.put("GG00035001", social);
        Map<String, Notice> medical = new LinkedHashMap<>();
        medical.put("异地就医备案", new Notice("异地就医备案", List.of(
                new Material("居民身份证或社会保障卡", "原件", "本人有效证件"),
                new Material("异地就医备案表", "原件1份", "可在自助终端在线备案"),
                new Material("个人承诺书", "原件1份", "异地长期居住人员备案时提供")),
                "参加兰州市基本医疗保险且参保状态正常", "兰州市城关区医疗保障服务中心窗口，或本机“异地就医备案”",
                "材料齐全的，即时办结"));
        medical.put("门诊慢特病待遇认定", new Notice("门诊慢特病待遇认定", List.of(
                new Material("居民身份证或社会保障卡", "原件", "本人有效证件"),
                new Material("二级及以上定点医院出具的诊断证明", "原件1份", "近一年内"),
                new Material("相关检查检验报告、病历", "复印件各1份", "与申请病种相关")),
                "参加基本医疗保险且患有规定的门诊慢特病病种", "定点医疗机构医保办或医疗保障服务中心窗口",
                "15个工作日内完成认定"));
        medical.put("医保关系转移接续", new Notice("医保关系转移接续", List.of(
                new Material("居民身份证或社会保障卡", "原件", "本人有效证件"),
                new Material("参保凭证", "原件1份", "由转出地医保经办机构出具，可在国家医保服务平台App申请")),
                "跨统筹地区流动就业并在转入地参保", "转入地医疗保障服务中心窗口", "材料齐全的，15个工作日内办结"));
        medical.put("生育津贴申领", new Notice("生育津贴申领", List.of(
                new Material("居民身份证或社会保障卡", "原件", "本人有效证件"),
                new Material("出生医学证明", "复印件1份", ""),
                new Material("住院病历或出院记录", "复印件1份", "")),
                "职工基本医疗保险参保人员，生育时用人单位已连续缴费", "用人单位经办或医疗保障服务中心窗口",
                "材料齐全的，10个工作日内办结"));
        BY_ITEM.put("GG00044001", medical);
    }

    private BusinessNotices() {
    }

    /** Whether the item (by basic code) prints business notices. */
    static boolean issues(String basicCode) {
        return BY_ITEM.containsKey(basicCode);
    }

    /** The businesses an item offers, in order (the catalogue's {@code business} options must equal them). */
    static List<String> businesses(String basicCode) {
        return List.copyOf(BY_ITEM.getOrDefault(basicCode, Map.of()).keySet());
    }

    static Optional<Notice> notice(String basicCode, String business) {
        return Optional.ofNullable(BY_ITEM.getOrDefault(basicCode, Map.of()).get(business));
    }
}
