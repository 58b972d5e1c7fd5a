package org.budayang.central.connectors.sandbox.seed;

import java.time.LocalDate;
import java.util.List;

/** The six demo citizens of docs/sandbox/demo-citizens.md, exactly as written there. */
final class DemoCitizens {
    private DemoCitizens() {
    }

    static List<SeedPerson> all() {
        return List.of(
                demo(1, "张三", true, "01", "1958-03-15", "620102195803150034", "甘肃省兰州市城关区庆阳路123号",
                        "兰州市公安局城关分局", "2015-04-01", "2035-04-01"),
                demo(2, "李秀英", false, "01", "1965-12-08", "620103196512080049", "甘肃省兰州市七里河区西津西路56号",
                        "兰州市公安局七里河分局", "2016-09-01", "2036-09-01"),
                demo(3, "马福祥", true, "03", "1944-02-20", "622901194402200015", "甘肃省临夏回族自治州临夏市红园路8号",
                        "临夏州公安局临夏市分局", "2010-05-06", null),
                demo(4, "卓玛", false, "04", "1988-07-11", "623001198807110026", "甘肃省甘南藏族自治州合作市当周街17号",
                        "甘南州公安局合作市分局", "2018-07-11", "2038-07-11"),
                demo(5, "王小明", true, "01", "2001-02-03", "620105200102030059", "甘肃省兰州市安宁区银滩路99号",
                        "兰州市公安局安宁分局", "2017-02-03", "2022-02-03"),
                demo(6, "赵德胜", true, "01", "1935-01-01", "620102193501010010", "甘肃省兰州市城关区张掖路2号",
                        "兰州市公安局城关分局", "2005-01-01", null));
    }

    private static SeedPerson demo(int n, String name, boolean male, String nation, String birth, String id,
                                   String address, String authority, String from, String to) {
        // each demo citizen heads a household of their own: household number = region + 9 + 5-digit demo number
        String household = id.substring(0, 6) + "9" + String.format("%05d", n);
        return new SeedPerson(id, name, male, nation, LocalDate.parse(birth), address, authority, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), 0x5EED_0000L + n, household, "户主", id.substring(0, 6), n);
    }
}
