package org.budayang.central.console.pages;

import java.util.Map;

/** Names of the region codes the console labels (Gansu, where the first deployment is); others show their code. */
final class RegionNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("620000", "甘肃省"), Map.entry("620100", "兰州市"), Map.entry("620102", "城关区"),
            Map.entry("620103", "七里河区"), Map.entry("620104", "西固区"), Map.entry("620105", "安宁区"),
            Map.entry("620111", "红古区"), Map.entry("620121", "永登县"), Map.entry("620122", "皋兰县"),
            Map.entry("620123", "榆中县"), Map.entry("620200", "嘉峪关市"), Map.entry("620300", "金昌市"),
            Map.entry("620400", "白银市"), Map.entry("620500", "天水市"), Map.entry("620600", "武威市"),
            Map.entry("620700", "张掖市"), Map.entry("620800", "平凉市"), Map.entry("620900", "酒泉市"),
            Map.entry("621000", "庆阳市"), Map.entry("621100", "定西市"), Map.entry("621200", "陇南市"),
            Map.entry("622900", "临夏回族自治州"), Map.entry("622901", "临夏市"), Map.entry("622921", "临夏县"),
            Map.entry("622922", "康乐县"), Map.entry("623000", "甘南藏族自治州"), Map.entry("623001", "合作市"),
            Map.entry("623021", "临潭县"));

    private RegionNames() {
    }

    /** The name of a 6-digit code (a 12-digit one by its first 6 when all its finer digits are zero), else "". */
    static String of(String code) {
        String key = code.length() == 12 && code.endsWith("000000") ? code.substring(0, 6) : code;
        return NAMES.getOrDefault(key, "");
    }
}
