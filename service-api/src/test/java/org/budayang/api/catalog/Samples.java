package org.budayang.api.catalog;

import java.time.LocalTime;
import java.util.List;
import java.util.EnumSet;

/**
 * Valid catalogue values for tests; each test changes one thing and checks the refusal.
 * Device sets are EnumSets: {@code Set.of(...)} currently trips the bug that
 * {@code ServiceItemTest.immutableDeviceSetsAreAccepted} documents.
 */
public final class Samples {
    public static final String BASIC = "QT00012001";
    public static final String IMPLEMENTATION = "620102-GA01-" + BASIC;

    private Samples() {
    }

    public static Material idCard() {
        return new Material("居民身份证", MaterialForm.ORIGINAL, 1, true, false, "终端读取");
    }

    public static Material householdRegister(boolean deferrable) {
        return new Material("居民户口簿", MaterialForm.ORIGINAL, 1, false, deferrable, "可容缺后补");
    }

    public static ItemGuide guide(List<Material> materials) {
        return new ItemGuide("《中华人民共和国居民身份证法》", List.of("户籍在城关区的居民本人"), materials,
                List.of("刷身份证", "打印证明"), new TimeLimits(3, 1), 0, "不收费", "城关区政务服务中心",
                "全天24小时", "0931-12345", "12345");
    }

    public static ItemGuide guide() {
        return guide(List.of(idCard()));
    }

    public static List<FlowStep> flow() {
        return List.of(new FlowStep(StepType.IDENTIFY, "读取身份证"), new FlowStep(StepType.PRINT, "打印证明"),
                new FlowStep(StepType.EVALUATE, "评价"));
    }

    public static ServiceItem item(String basicCode, String implementationCode, String name, Department department) {
        return new ServiceItem(basicCode, implementationCode, name, department, "兰州市公安局城关分局", guide(), flow(),
                EnumSet.of(DeviceRole.ID_CARD_READER, DeviceRole.DOCUMENT_PRINTER), ServiceHours.ALL_DAY, true, false,
                false, List.of("户口", "户籍"));
    }

    public static ServiceItem item() {
        return item(BASIC, IMPLEMENTATION, "户籍证明开具", Department.PUBLIC_SECURITY);
    }

    public static ServiceItem windowedItem() {
        return new ServiceItem("GG00014001", "620102-JJ01-GG00014001", "交通违法查询及罚款缴纳",
                Department.PUBLIC_SECURITY, "兰州市公安局交通警察支队城关大队", guide(List.of(householdRegister(true))),
                List.of(new FlowStep(StepType.PAY, "缴纳罚款")),
                EnumSet.of(DeviceRole.CASH_ACCEPTOR, DeviceRole.QR_SCANNER, DeviceRole.RECEIPT_PRINTER),
                ServiceHours.daily(LocalTime.of(8, 0), LocalTime.of(20, 0)), true, true, true, List.of("违章"));
    }
}
