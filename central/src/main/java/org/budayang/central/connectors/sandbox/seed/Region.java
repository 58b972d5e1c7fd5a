package org.budayang.central.connectors.sandbox.seed;

import java.util.List;

/**
 * A Gansu administrative region the synthetic population lives in.
 *
 * @param code       6-digit region code (GB/T 2260)
 * @param place      the address prefix, e.g. 甘肃省兰州市城关区
 * @param authority  the public security bureau that issues ID cards there
 * @param nations    GB 3304 nation codes drawn for residents, most likely first
 */
record Region(String code, String place, String authority, List<String> nations) {

    static final List<Region> GANSU = List.of(
            han("620102", "甘肃省兰州市城关区", "兰州市公安局城关分局"),
            han("620103", "甘肃省兰州市七里河区", "兰州市公安局七里河分局"),
            han("620104", "甘肃省兰州市西固区", "兰州市公安局西固分局"),
            han("620105", "甘肃省兰州市安宁区", "兰州市公安局安宁分局"),
            han("620111", "甘肃省兰州市红古区", "兰州市公安局红古分局"),
            han("620121", "甘肃省兰州市永登县", "永登县公安局"),
            han("620122", "甘肃省兰州市皋兰县", "皋兰县公安局"),
            han("620123", "甘肃省兰州市榆中县", "榆中县公安局"),
            han("620200", "甘肃省嘉峪关市", "嘉峪关市公安局"),
            han("620300", "甘肃省金昌市", "金昌市公安局"),
            han("620400", "甘肃省白银市", "白银市公安局"),
            han("620500", "甘肃省天水市", "天水市公安局"),
            han("620600", "甘肃省武威市", "武威市公安局"),
            han("620700", "甘肃省张掖市", "张掖市公安局"),
            han("620800", "甘肃省平凉市", "平凉市公安局"),
            han("620900", "甘肃省酒泉市", "酒泉市公安局"),
            han("621000", "甘肃省庆阳市", "庆阳市公安局"),
            han("621100", "甘肃省定西市", "定西市公安局"),
            han("621200", "甘肃省陇南市", "陇南市公安局"),
            new Region("622901", "甘肃省临夏回族自治州临夏市", "临夏州公安局临夏市分局", List.of("03", "01", "03", "26")),
            new Region("622921", "甘肃省临夏回族自治州临夏县", "临夏县公安局", List.of("03", "01", "26", "03")),
            new Region("622922", "甘肃省临夏回族自治州康乐县", "康乐县公安局", List.of("03", "01", "03", "26")),
            new Region("623001", "甘肃省甘南藏族自治州合作市", "甘南州公安局合作市分局", List.of("04", "01", "04", "03")),
            new Region("623021", "甘肃省甘南藏族自治州临潭县", "临潭县公安局", List.of("01", "04", "03", "04")));

    private static Region han(String code, String place, String authority) {
        return new Region(code, place, authority, List.of("01", "01", "01", "01", "01", "01", "01", "03"));
    }

    /** The region with that code; the demo citizens' regions are all in the table. */
    static Region of(String code) {
        return GANSU.stream().filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("region " + code + " is not in the sandbox's Gansu table"));
    }
}
