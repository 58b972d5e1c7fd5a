package org.budayang.kiosk.catalog;

import static org.budayang.api.catalog.DeviceRole.CAMERA;
import static org.budayang.api.catalog.DeviceRole.CASH_ACCEPTOR;
import static org.budayang.api.catalog.DeviceRole.DOCUMENT_PRINTER;
import static org.budayang.api.catalog.DeviceRole.ID_CARD_READER;
import static org.budayang.api.catalog.DeviceRole.QR_SCANNER;
import static org.budayang.api.catalog.DeviceRole.RECEIPT_PRINTER;
import static org.budayang.api.catalog.DeviceRole.SOCIAL_CARD_READER;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.FlowStep;
import org.budayang.api.catalog.InputKind;
import org.budayang.api.catalog.StepInput;
import org.budayang.api.catalog.ItemGuide;
import org.budayang.api.catalog.Material;
import org.budayang.api.catalog.MaterialForm;
import org.budayang.api.catalog.ServiceHours;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.catalog.StepType;
import org.budayang.api.catalog.TimeLimits;

/**
 * Catalogue fixtures for tests (kiosk core and UI): {@link #sample()} has nine real-looking items of
 * region 620102, at least two per department, covering the cases the kiosk must show:
 * <ul>
 *   <li>{@link #NO_CRIMINAL_RECORD}: 告知承诺, ID card + camera + document printer;</li>
 *   <li>{@link #TRAFFIC_FINE}: pays in cash (the demo kiosk has no cash acceptor);</li>
 *   <li>{@link #MEDICAL_TRANSFER}: 容缺受理, service hours 08:00-20:00 only;</li>
 *   <li>{@link #SERVICE_POINTS}: a query that does not need central and no device.</li>
 * </ul>
 * Device sets are EnumSets: service-api's {@code Checks.set} calls {@code contains(null)}, which an
 * immutable {@code Set.of(..)} answers with a NullPointerException.
 */
public final class TestCatalogs {
    public static final String VERSION = "2026.11.26-1";
    public static final Instant PUBLISHED_AT = Instant.parse("2026-11-26T01:00:00Z");

    public static final String NO_CRIMINAL_RECORD = "620102-GA01-QT00041001";
    public static final String RESIDENCE_PROOF = "620102-GA01-QR00012002";
    public static final String TRAFFIC_FINE = "620102-GA02-QT00063001";
    public static final String TAX_RECORD = "620102-SW01-GG00021001";
    public static final String CONTRIBUTION_CERTIFICATE = "620102-SW01-GG00021002";
    public static final String INSURANCE_CERTIFICATE = "620102-RS01-GG00031001";
    public static final String PENSION_CONTRIBUTION = "620102-RS01-QT00032001";
    public static final String SERVICE_POINTS = "620102-RS01-GG00039001";
    public static final String INSURED_CERTIFICATE = "620102-YB01-GG00051001";
    public static final String MEDICAL_TRANSFER = "620102-YB01-QT00052001";

    private TestCatalogs() {
    }

    /** The sample catalogue, version {@link #VERSION}. */
    public static Catalog sample() {
        return sample(VERSION);
    }

    /** The sample items under another version. */
    public static Catalog sample(String version) {
        return new Catalog(version, PUBLISHED_AT, items());
    }

    /** The sample items. */
    public static List<ServiceItem> items() {
        List<ServiceItem> items = new ArrayList<>();
        items.add(new ServiceItem("QT00041001", NO_CRIMINAL_RECORD, "无犯罪记录证明申请", Department.PUBLIC_SECURITY,
                "兰州市公安局城关分局", guide("《公安部关于印发〈公安机关办理无犯罪记录证明工作规定〉的通知》（公通字〔2021〕19号）",
                        List.of("申请人为中国公民或在华外国人", "申请人本人或委托他人办理"),
                        List.of(idCard(), new Material("用途说明", MaterialForm.ELECTRONIC, 1, false, false,
                                "告知承诺方式办理时无需提交"))),
                flow(StepType.IDENTIFY, "读取身份证", StepType.FACE_CHECK, "人脸比对", StepType.FILL, "填写用途",
                        StepType.COMMITMENT, "签署告知承诺书", StepType.SUBMIT, "提交申请", StepType.PRINT, "打印受理回执",
                        StepType.EVALUATE, "服务评价"),
                EnumSet.of(ID_CARD_READER, CAMERA, DOCUMENT_PRINTER), ServiceHours.ALL_DAY, true, false, true,
                List.of("无犯罪", "犯罪记录", "公安")));
        items.add(new ServiceItem("QR00012002", RESIDENCE_PROOF, "户籍证明开具", Department.PUBLIC_SECURITY,
                "兰州市公安局城关分局", guide("《中华人民共和国户口登记条例》",
                        List.of("申请人户籍在兰州市城关区"), List.of(idCard())),
                flow(StepType.IDENTIFY, "读取身份证", StepType.CHOOSE, "选择证明类型", StepType.PRINT, "打印户籍证明",
                        StepType.EVALUATE, "服务评价"),
                EnumSet.of(ID_CARD_READER, DOCUMENT_PRINTER), ServiceHours.ALL_DAY, true, false, false,
                List.of("户口", "户籍")));
        items.add(new ServiceItem("QT00063001", TRAFFIC_FINE, "交通违法查询及罚款缴纳", Department.PUBLIC_SECURITY,
                "兰州市公安局交通警察支队", guide("《中华人民共和国道路交通安全法》第一百零八条",
                        List.of("违法行为已处理并生成处罚决定书"), List.of(idCard())),
                flow(StepType.IDENTIFY, "读取身份证", StepType.CHOOSE, "选择违法记录", StepType.PAY, "现金缴款",
                        StepType.PRINT, "打印缴款凭证", StepType.EVALUATE, "服务评价"),
                EnumSet.of(ID_CARD_READER, CASH_ACCEPTOR, RECEIPT_PRINTER), ServiceHours.ALL_DAY, true, false, false,
                List.of("违章", "罚款", "交警")));
        items.add(new ServiceItem("GG00021001", TAX_RECORD, "个人所得税《纳税记录》打印", Department.TAX,
                "国家税务总局兰州市城关区税务局", guide("《国家税务总局关于将个人所得税〈税收完税证明〉（文书式）调整为〈纳税记录〉有关事项的公告》",
                        List.of("纳税人本人办理"), List.of(idCard())),
                flow(StepType.IDENTIFY, "读取身份证", StepType.CHOOSE, "选择年度", StepType.PRINT, "打印纳税记录",
                        StepType.EVALUATE, "服务评价"),
                EnumSet.of(ID_CARD_READER, DOCUMENT_PRINTER), ServiceHours.ALL_DAY, true, false, false,
                List.of("个税", "纳税", "税务")));
        items.add(new ServiceItem("GG00021002", CONTRIBUTION_CERTIFICATE, "社保费完税证明打印", Department.TAX,
                "国家税务总局兰州市城关区税务局", guide("《中华人民共和国税收征收管理法》",
                        List.of("已通过税务部门缴纳社会保险费"), List.of(idCard())),
                flow(StepType.IDENTIFY, "读取身份证", StepType.PRINT, "打印完税证明", StepType.EVALUATE, "服务评价"),
                EnumSet.of(ID_CARD_READER, DOCUMENT_PRINTER), ServiceHours.ALL_DAY, true, false, false,
                List.of("完税", "社保费")));
        items.add(new ServiceItem("GG00031001", INSURANCE_CERTIFICATE, "社会保险参保缴费证明打印", Department.SOCIAL_SECURITY,
                "兰州市城关区人力资源和社会保障局", guide("《中华人民共和国社会保险法》第七十四条",
                        List.of("在本市参加社会保险"), List.of(idCard())),
                flow(StepType.IDENTIFY, "读取社保卡或身份证", StepType.CHOOSE, "选择险种和时段", StepType.PRINT, "打印参保证明",
                        StepType.EVALUATE, "服务评价"),
                EnumSet.of(SOCIAL_CARD_READER, DOCUMENT_PRINTER), ServiceHours.ALL_DAY, true, false, false,
                List.of("参保证明", "社保", "养老保险")));
        items.add(new ServiceItem("QT00032001", PENSION_CONTRIBUTION, "城乡居民养老保险缴费", Department.SOCIAL_SECURITY,
                "兰州市城关区人力资源和社会保障局", guide("《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）",
                        List.of("年满16周岁，非国家机关和事业单位工作人员，不属于职工基本养老保险覆盖范围"),
                        List.of(idCard())),
                flow(StepType.IDENTIFY, "读取身份证", StepType.CHOOSE, "选择缴费档次", StepType.PAY, "缴费",
                        StepType.PRINT, "打印缴费凭证", StepType.EVALUATE, "服务评价"),
                EnumSet.of(ID_CARD_READER, CASH_ACCEPTOR, QR_SCANNER, RECEIPT_PRINTER), ServiceHours.ALL_DAY, true, false,
                false, List.of("养老", "居民养老", "社保缴费")));
        items.add(new ServiceItem("GG00039001", SERVICE_POINTS, "社保经办网点查询", Department.SOCIAL_SECURITY,
                "兰州市城关区人力资源和社会保障局", guide("《社会保险经办条例》",
                        List.of("无"), List.of()),
                flow(StepType.CHOOSE, "选择街道", StepType.CONFIRM, "查看网点"),
                EnumSet.noneOf(DeviceRole.class), ServiceHours.ALL_DAY, false, false, false, List.of("网点", "地址")));
        items.add(new ServiceItem("GG00051001", INSURED_CERTIFICATE, "医保参保凭证打印", Department.MEDICAL_INSURANCE,
                "兰州市城关区医疗保障局", guide("《医疗保障经办政务服务事项清单》（医保发〔2020〕18号）",
                        List.of("在本市参加基本医疗保险"), List.of(idCard())),
                flow(StepType.IDENTIFY, "读取身份证或医保电子凭证", StepType.PRINT, "打印参保凭证", StepType.EVALUATE, "服务评价"),
                EnumSet.of(ID_CARD_READER, DOCUMENT_PRINTER), ServiceHours.ALL_DAY, true, false, false,
                List.of("医保", "参保凭证")));
        items.add(new ServiceItem("QT00052001", MEDICAL_TRANSFER, "异地就医备案", Department.MEDICAL_INSURANCE,
                "兰州市城关区医疗保障局", guide("《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）",
                        List.of("参加本市基本医疗保险且参保状态正常", "异地长期居住、工作或转诊就医"),
                        List.of(idCard(), new Material("异地居住证明或转诊证明", MaterialForm.COPY, 1, true, true,
                                "可容缺受理，30日内补交"))),
                flow(StepType.IDENTIFY, "读取身份证", StepType.FILL, "填写备案信息", StepType.COMMITMENT, "签署容缺承诺书",
                        StepType.SUBMIT, "提交备案", StepType.PRINT, "打印备案回执", StepType.EVALUATE, "服务评价"),
                EnumSet.of(ID_CARD_READER, RECEIPT_PRINTER), ServiceHours.daily(LocalTime.of(8, 0), LocalTime.of(20, 0)),
                true, true, false, List.of("异地", "备案", "转诊")));
        return List.copyOf(items);
    }

    /** One item of the sample by implementation code. */
    public static ServiceItem item(String implementationCode) {
        return items().stream().filter(i -> i.implementationCode().equals(implementationCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample item " + implementationCode));
    }

    /** A copy of {@code item} with other devices, service hours and central need. */
    public static ServiceItem variant(ServiceItem item, Set<DeviceRole> devices, ServiceHours hours,
            boolean needsCentral) {
        return new ServiceItem(item.basicCode(), item.implementationCode(), item.name(), item.department(),
                item.agency(), item.guide(), item.flow(), devices, hours, needsCentral, item.deferredAcceptance(),
                item.commitmentNotice(), item.keywords());
    }

    private static Material idCard() {
        return new Material("居民身份证", MaterialForm.ORIGINAL, 1, true, false, "自助终端读取，无需复印");
    }

    private static ItemGuide guide(String legalBasis, List<String> conditions, List<Material> materials) {
        return new ItemGuide(legalBasis, conditions, materials,
                List.of("刷身份证或社保卡验证身份", "按提示选择或填写", "确认提交", "取走凭证"),
                new TimeLimits(5, 0), 0, "不收费", "兰州市城关区政务服务中心一楼24小时自助服务区",
                "全天24小时（自助服务区）", "0931-8451234", "12345");
    }

    private static List<FlowStep> flow(Object... typeAndTitle) {
        List<FlowStep> steps = new ArrayList<>();
        for (int i = 0; i < typeAndTitle.length; i += 2) {
            StepType type = (StepType) typeAndTitle[i];
            String title = (String) typeAndTitle[i + 1];
            // CHOOSE and FILL steps must ask for something: one choice keyed by the step's position
            List<StepInput> inputs = type == StepType.CHOOSE || type == StepType.FILL
                    ? List.of(new StepInput("choice" + i, title, InputKind.CHOICE, List.of("是", "否"), true, 20, ""))
                    : List.of();
            steps.add(new FlowStep(type, title, null, inputs));
        }
        return steps;
    }
}
