package org.budayang.driver.idcardsam.emulator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.Nation;
import org.budayang.driver.idcard.Sex;

/**
 * The six synthetic demo citizens of docs/sandbox/demo-citizens.md, exactly as written there (central's
 * sandbox population holds the same people). Photos and fingerprints are deterministic synthetic bytes
 * (1024 each), not real WLT: no vendor library can decode them.
 */
public final class DemoCards {
    private DemoCards() {
    }

    /** The six demo cards, in the order of the document (card 1 is 张三). */
    public static List<IdCard> all() {
        return List.of(
                card("张三", Sex.MALE, Nation.HAN, LocalDate.of(1958, 3, 15), "620102195803150034",
                        "甘肃省兰州市城关区庆阳路123号", "兰州市公安局城关分局", LocalDate.of(2015, 4, 1),
                        LocalDate.of(2035, 4, 1)),
                card("李秀英", Sex.FEMALE, Nation.HAN, LocalDate.of(1965, 12, 8), "620103196512080049",
                        "甘肃省兰州市七里河区西津西路56号", "兰州市公安局七里河分局", LocalDate.of(2016, 9, 1),
                        LocalDate.of(2036, 9, 1)),
                card("马福祥", Sex.MALE, Nation.HUI, LocalDate.of(1944, 2, 20), "622901194402200015",
                        "甘肃省临夏回族自治州临夏市红园路8号", "临夏州公安局临夏市分局", LocalDate.of(2010, 5, 6), null),
                card("卓玛", Sex.FEMALE, Nation.TIBETAN, LocalDate.of(1988, 7, 11), "623001198807110026",
                        "甘肃省甘南藏族自治州合作市当周街17号", "甘南州公安局合作市分局", LocalDate.of(2018, 7, 11),
                        LocalDate.of(2038, 7, 11)),
                card("王小明", Sex.MALE, Nation.HAN, LocalDate.of(2001, 2, 3), "620105200102030059",
                        "甘肃省兰州市安宁区银滩路99号", "兰州市公安局安宁分局", LocalDate.of(2017, 2, 3),
                        LocalDate.of(2022, 2, 3)),
                card("赵德胜", Sex.MALE, Nation.HAN, LocalDate.of(1935, 1, 1), "620102193501010010",
                        "甘肃省兰州市城关区张掖路2号", "兰州市公安局城关分局", LocalDate.of(2005, 1, 1), null));
    }

    static IdCard card(String name, Sex sex, Nation nation, LocalDate birth, String id, String address,
                       String authority, LocalDate from, LocalDate to) {
        return new IdCard(name, sex, nation, birth, address, id, authority, from, Optional.ofNullable(to),
                SyntheticBytes.of("photo " + id, 1024), Optional.of(SyntheticBytes.of("fingerprint " + id, 1024)));
    }
}
