package org.budayang.central.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A small real register for the identity tests: the six demo citizens of
 * docs/sandbox/demo-citizens.md, each with a photo seed.
 */
final class DemoRegister implements PopulationRegister {
    static final RegisteredPerson ZHANG_SAN = person("620102195803150034", "张三", true, "01", "1958-03-15",
            "兰州市公安局城关分局", "2015-04-01", "2035-04-01", 1001);
    static final RegisteredPerson LI_XIUYING = person("620103196512080049", "李秀英", false, "01", "1965-12-08",
            "兰州市公安局七里河分局", "2016-09-01", "2036-09-01", 1002);
    static final RegisteredPerson MA_FUXIANG = person("622901194402200015", "马福祥", true, "03", "1944-02-20",
            "临夏州公安局临夏市分局", "2010-05-06", null, 1003);
    static final RegisteredPerson ZHUO_MA = person("623001198807110026", "卓玛", false, "04", "1988-07-11",
            "甘南州公安局合作市分局", "2018-07-11", "2038-07-11", 1004);
    static final RegisteredPerson WANG_XIAOMING = person("620105200102030059", "王小明", true, "01", "2001-02-03",
            "兰州市公安局安宁分局", "2017-02-03", "2022-02-03", 1005);
    static final RegisteredPerson ZHAO_DESHENG = person("620102193501010010", "赵德胜", true, "01", "1935-01-01",
            "兰州市公安局城关分局", "2005-01-01", null, 1006);

    private final Map<String, RegisteredPerson> people = new ConcurrentHashMap<>(
            List.of(ZHANG_SAN, LI_XIUYING, MA_FUXIANG, ZHUO_MA, WANG_XIAOMING, ZHAO_DESHENG).stream()
                    .collect(Collectors.toMap(RegisteredPerson::idNumber, Function.identity())));

    @Override
    public Optional<RegisteredPerson> find(String idNumber) {
        return Optional.ofNullable(people.get(idNumber));
    }

    private static RegisteredPerson person(String id, String name, boolean male, String nation, String birth,
                                           String authority, String from, String to, long seed) {
        return new RegisteredPerson(id, name, male, nation, LocalDate.parse(birth), "甘肃省（演示地址）", authority,
                LocalDate.parse(from), Optional.ofNullable(to).map(LocalDate::parse), seed);
    }
}
