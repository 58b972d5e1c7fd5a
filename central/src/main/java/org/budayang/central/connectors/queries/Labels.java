package org.budayang.central.connectors.queries;

import java.util.Map;

/** Chinese names of the connectors' codes and of Gansu regions. */
final class Labels {
    private static final Map<String, String> CITIES = Map.ofEntries(Map.entry("6201", "兰州市"),
            Map.entry("6202", "嘉峪关市"), Map.entry("6203", "金昌市"), Map.entry("6204", "白银市"),
            Map.entry("6205", "天水市"), Map.entry("6206", "武威市"), Map.entry("6207", "张掖市"),
            Map.entry("6208", "平凉市"), Map.entry("6209", "酒泉市"), Map.entry("6210", "庆阳市"),
            Map.entry("6211", "定西市"), Map.entry("6212", "陇南市"), Map.entry("6229", "临夏回族自治州"),
            Map.entry("6230", "甘南藏族自治州"));
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("SS:EMPLOYEE", "企业职工基本养老保险"), Map.entry("SS:RESIDENT", "城乡居民基本养老保险"),
            Map.entry("SS:PAYING", "参保缴费"), Map.entry("SS:SUSPENDED", "暂停缴费（中断）"),
            Map.entry("SS:PENSION", "正常领取待遇"),
            Map.entry("MI:EMPLOYEE", "职工基本医疗保险"), Map.entry("MI:RESIDENT", "城乡居民基本医疗保险"),
            Map.entry("MI:ACTIVE", "正常参保"), Map.entry("MI:SUSPENDED", "暂停参保（本年度未缴费）"));

    private Labels() {
    }

    static String socialSecurity(String code) {
        return CODES.getOrDefault("SS:" + code, code);
    }

    static String medical(String code) {
        return CODES.getOrDefault("MI:" + code, code);
    }

    /** 620102 → 甘肃省兰州市 (620102); unknown codes are shown as they are. */
    static String region(String code) {
        String city = code == null || code.length() < 4 ? null : CITIES.get(code.substring(0, 4));
        return city == null ? String.valueOf(code) : "甘肃省" + city + "（" + code + "）";
    }
}
